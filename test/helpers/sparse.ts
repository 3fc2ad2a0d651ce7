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

/**
 * Sparse shapes the issue on real reports names (issue 12), each as a unit wrote it:
 * - a district that gives only its expenditure (基本 960.56, 项目 16,974.06) and 三公;
 * - a county with income, expenditure and two breakdowns (按经济分类 with a wrong share, 按功能分类
 *   with an item left blank);
 * - a city whose 基本支出 8,720.09 is in 收支 and that gives 公用经费 25.58 but no 人员经费;
 * - a district that gives only its reported score (100 / 优), no indicator table;
 * - a county whose 三公 has a 0 budget, a dash and a reason for each;
 * - a county whose fund table leaves some 实际使用 and one 预算批复 blank.
 */
export const districtExpenditure = fixture("sparse-district-expenditure.json");
export const countyBreakdowns = fixture("sparse-county-breakdowns.json");
export const cityPublicFunds = fixture("sparse-city-public-funds.json");
export const reportedScoreOnly = fixture("sparse-reported-score.json");
export const sangongZeroBudget = fixture("sparse-sangong-zero-budget.json");
/**
 * A county whose fund table (资金使用情况表) leaves 实际使用 blank for two projects (家庭医生签约服务,
 * 免疫规划) and 预算批复 blank for one (艾滋病防治); it reports the 小计 of 基本公共卫生服务 (so that
 * one is known), none for 重大传染病防控 (unknown), and a 合计 of 预算批复 and 实际到位 only.
 */
export const fundBlanks = fixture("sparse-fund-blanks.json");
/**
 * A county whose 基本公共卫生服务补助资金 table gives 全年预算数 beside 预算批复 (年初): two rows
 * 追加 mid-year (家庭医生签约服务 120 → 168.50, 老年人健康管理 85 → 97.3), 妇幼健康服务's left
 * blank, 12320 热线运行 without one (spent 9.15 of its 年初 8), 健康教育宣传 over its 全年 12.00.
 */
export const fundAdjusted = fixture("sparse-county-fund-adjusted.json");

/** Every sparse fixture by name. */
export const SPARSE_FIXTURES = {
  "yiyang-city": yiyangCity,
  "hubei-county": hubeiCounty,
  "guangdong-city": guangdongCity,
  "district-expenditure": districtExpenditure,
  "county-breakdowns": countyBreakdowns,
  "city-public-funds": cityPublicFunds,
  "reported-score": reportedScoreOnly,
  "sangong-zero-budget": sangongZeroBudget,
  "fund-blanks": fundBlanks,
  "fund-adjusted": fundAdjusted,
} as const satisfies Record<string, () => RawDataset>;
