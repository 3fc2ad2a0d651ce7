/**
 * Sparse datasets shaped like real reports, one per outline (test/fixtures/sparse-*.json; the
 * report pictures in docs/ are made from them too): partial, untidy (spaces around figures, the
 * unit's own numbering habits), with the unit's own wording.
 * - 湖南: transcribed from the 2024 report of 益阳市卫生健康委员会 (a real city report, in the
 *   seeds): no 编制数 (在职职工 86 人，退休职工 99 人), only the basic/project split of expenditure,
 *   no 三公, no fund table, no indicator table, untitled achievements, titled problems.
 * - 湖北: a county 卫生健康局 with income and expenditure but no balances, 三公 with only 公务接待费,
 *   one fund table without 到位, a six-dimension indicator table (运行成本 … 服务对象满意度) with
 *   some indicators not met, one without a deviation note, its own 自评工作 text, no measures.
 * - 广东: a county-level city 卫生健康局 with 编制内/编制外, basic expenditure only, 自评工作 given
 *   in part (评价小组, 前期准备, 组织实施), a reported score and grade but no indicator table.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { RawDataset } from "../../src/domain";

const fixture = (name: string) => (): RawDataset =>
  JSON.parse(fs.readFileSync(path.join(__dirname, "../fixtures", name), "utf8")) as RawDataset;

/** 益阳市卫生健康委员会 2024 (湖南), as its report gives it. */
export const yiyangCity = fixture("sparse-yiyang-city.json");
/** A 湖北 county health bureau: the outline by indicator dimension. */
export const hubeiCounty = fixture("sparse-hubei-county.json");
/** A 广东 county-level city health bureau: 自评工作 by its sub-items, a reported score only. */
export const guangdongCity = fixture("sparse-guangdong-city.json");
