/**
 * The bundled sample (a real 2024 provincial report): the findings a careful reviewer makes,
 * and none they would not. Reads ../shared/samples only to confirm the project's copy is current.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { checkDataset, loadDataset, pathText, type Finding } from "../../src/domain";
import { keys, ofRule, sampleRaw } from "../helpers/datasets";

const { model, findings } = checkDataset(loadDataset(sampleRaw()));
const at = (p: string): Finding[] => findings.filter((f) => pathText(f.path) === p);

describe("the bundled sample", () => {
  it("is ../shared/samples plus the budget model the province report states (when shared/ is beside the project)", () => {
    const shared = path.join(__dirname, "../../../shared/samples/hunan-province-2024.json");
    if (!fs.existsSync(shared)) return; // the project must run without ../shared
    // The project's copy adds (docs/domain.md §8): 计划生育专项's 项目资金 and 年度总体目标, the 爱心助孕
    // table, and the indicators' links to the figures the workbook computes. Nothing else differs.
    const ours = sampleRaw();
    const fundTables = (ours.fundTables ?? [])
      .filter((t) => t.id !== "family-planning-ivf")
      .map((t) => {
        const copy = { ...t };
        delete copy.funding;
        delete copy.goals;
        return copy;
      });
    const indicators = ours.indicators?.map((i) => {
      const copy = { ...i };
      delete copy.link;
      delete copy.linkTable;
      return copy;
    });
    expect({ ...ours, fundTables, indicators }).toEqual(JSON.parse(fs.readFileSync(shared, "utf8")));
    expect(ours.fundTables?.find((t) => t.id === "family-planning-ivf")?.funding).toEqual({
      current: { initial: "168", adjusted: "168", actual: "118.78" },
      carryover: { adjusted: "222.69", actual: "87.83" },
    });
  });

  it("scores 公共卫生专项预算执行率 on the computed 75.98 and flags the typed 76.93", () => {
    const found = ofRule(findings, "indicator-figure-mismatch");
    expect(keys(found)).toEqual(["indicator-figure-mismatch@indicators[2].actual"]);
    expect(found[0]).toMatchObject({ severity: "verify", reported: "76.93", expected: "75.98" });
    expect(model.evaluation?.indicators[2].score?.toString()).toBe("7.6");
    // The unit's 7.69 was scored on its typed 76.93: the same finding says so (10 × 75.98 ÷ 100 = 7.60).
    expect(found[0].message).toContain("报送得分 7.69 系按填报值计算，按计算数应为 7.60");
  });

  it("computes 计划生育专项's 项目资金: 独生子女保健费 423.80 of 735, 爱心助孕 206.61 of 390.69", () => {
    const [child, ivf] = [2, 3].map((i) => model.projectFunding[i].lines.total);
    expect([child.initial, child.actual, child.rate].map(String)).toEqual(["735", "423.8", "57.66"]);
    expect([ivf.adjusted, ivf.actual, ivf.rate].map(String)).toEqual(["390.69", "206.61", "52.88"]);
    expect(model.projectFunding[3].score?.toString()).toBe("5.29");
  });

  it("flags the three 公共卫生专项 subtotal/total rates computed on 实际到位 as rate-base-mismatch", () => {
    const found = ofRule(findings, "rate-base-mismatch");
    expect(keys(found)).toEqual([
      "rate-base-mismatch@fundTables[0].reportedSubtotals[0].rate",
      "rate-base-mismatch@fundTables[0].reportedSubtotals[1].rate",
      "rate-base-mismatch@fundTables[0].reportedTotal.rate",
    ]);
    expect(found.map((f) => [f.reported, f.expected])).toEqual([
      ["67.25", "67.19"],
      ["83.69", "81.99"],
      ["76.93", "75.98"],
    ]);
    expect(found.every((f) => f.severity === "verify")).toBe(true);
    expect(found[2].message).toContain("实际到位");
    expect(found[2].message).toContain("11,138.02 ÷ 14,660.00");
  });

  it("flags 岳阳市 45.62 vs 45.61 as rate-mismatch, with both numbers in the message", () => {
    const found = ofRule(findings, "rate-mismatch");
    expect(keys(found)).toEqual(["rate-mismatch@fundTables[1].rows[5].reportedRate"]);
    expect(found[0]).toMatchObject({ severity: "error", reported: "45.62", expected: "45.61" });
    expect(found[0].message).toContain("岳阳市 报送执行率 45.62%，按 37.86 ÷ 83.00 计算应为 45.61%");
  });

  it("flags 尾差 on the 公共卫生 used total and on both 三公 totals", () => {
    expect(keys(ofRule(findings, "rounding-difference")).sort()).toEqual(
      [
        "rounding-difference@fundTables[0].reportedTotal.used",
        "rounding-difference@sangong.reported.actual",
        "rounding-difference@sangong.reported.budget",
      ].sort(),
    );
    expect(at("fundTables[0].reportedTotal.used")[0]).toMatchObject({
      reported: "11138.01",
      expected: "11138.02",
    });
    expect(at("sangong.reported.budget")[0]).toMatchObject({ reported: "378.62", expected: "378.63" });
    expect(at("sangong.reported.actual")[0]).toMatchObject({ reported: "367.09", expected: "367.10" });
    expect(ofRule(findings, "sum-mismatch")).toEqual([]);
  });

  it("accepts the 公务用车 share 81.27% computed on the reported 三公 total 367.09 (尾差 base)", () => {
    expect(at("sangong.reported.shares.vehicle")).toEqual([]);
    expect(model.sangong?.vehicle?.share?.toFixed(2)).toBe("81.26");
  });

  it("flags 到位 > 批复 for 降消项目 and 干部保健 only", () => {
    expect(keys(ofRule(findings, "arrived-over-budget"))).toEqual([
      "arrived-over-budget@fundTables[0].rows[15].arrived",
      "arrived-over-budget@fundTables[0].rows[18].arrived",
    ]);
  });

  it("flags every row under 60 % as low-execution, the zero row saying so", () => {
    const rowLows = ofRule(findings, "low-execution")
      .map((f) => pathText(f.path))
      .filter((p) => /rows\[\d+\]$/.test(p));
    const expected: string[] = [];
    model.fundTables.forEach((t) =>
      t.rows.forEach((r) => {
        if (r.rate !== null && r.rate.lt(60)) expected.push(`fundTables[${t.index}].rows[${r.index}]`);
      }),
    );
    expect(rowLows).toEqual(expected);
    expect(rowLows).toEqual([
      "fundTables[0].rows[3]",
      "fundTables[0].rows[4]",
      "fundTables[0].rows[11]",
      "fundTables[0].rows[21]",
      "fundTables[1].rows[0]",
      "fundTables[1].rows[2]",
      "fundTables[1].rows[4]",
      "fundTables[1].rows[5]",
      "fundTables[1].rows[6]",
      "fundTables[1].rows[9]",
      "fundTables[1].rows[12]",
      "fundTables[1].rows[13]",
      "fundTables[1].rows[14]",
      // 爱心助孕's 2023 结转 222.69, of which 87.83 spent (the rest carried over again).
      "fundTables[3].rows[1]",
    ]);
    expect(at("fundTables[0].rows[4]")[0].message).toContain("为 0");
    // 医学教育经费 60.22 % is not low; the threshold is strict.
    expect(at("fundTables[0].rows[12]")).toEqual([]);
  });

  it("raises nothing on 职业病防治 87.41 (174.81 / 200 = 87.405, half-up)", () => {
    const row = model.fundTables[0].rows[17];
    expect(row.name).toBe("职业病防治");
    expect(row.rate?.toFixed(2)).toBe("87.41");
    expect(findings.filter((f) => pathText(f.path).startsWith("fundTables[0].rows[17]"))).toEqual([]);
  });

  it("raises nothing on 独生子女保健费", () => {
    expect(findings.filter((f) => pathText(f.path).startsWith("fundTables[2]"))).toEqual([]);
  });

  it("makes no other findings than those above", () => {
    const rules = new Set(findings.map((f) => f.rule));
    expect([...rules].sort()).toEqual(
      [
        "arrived-over-budget",
        "indicator-figure-mismatch",
        "low-execution",
        "rate-base-mismatch",
        "rate-mismatch",
        "rounding-difference",
      ].sort(),
    );
    // 14 rows (爱心助孕's 结转 row with them) + the 市州 subtotal, the 中医药 total and the
    // 爱心助孕 total (206.61 ÷ 390.69 = 52.88 %) below 60 %.
    expect(ofRule(findings, "low-execution")).toHaveLength(17);
    expect(findings).toHaveLength(1 + 3 + 2 + 17 + 3 + 1);
  });

  it("computes the model figures the report quotes", () => {
    const pub = model.fundTables[0];
    expect(pub.total.budget?.toFixed(2)).toBe("14660.00");
    expect(pub.total.arrived?.toFixed(2)).toBe("14478.49");
    expect(pub.total.used?.toFixed(2)).toBe("11138.02");
    expect(pub.total.arrivalRate?.toFixed(2)).toBe("98.76");
    expect(pub.total.rate?.toFixed(2)).toBe("75.98");
    expect(pub.groups.map((g) => [g.group, g.rate?.toFixed(2)])).toEqual([
      ["医疗服务与保障能力提升", "67.19"],
      ["重大传染病防控补助", "81.99"],
    ]);
    expect(model.sangong?.total.rate?.toFixed(2)).toBe("96.95");
    expect(model.sangong?.total.budget?.toFixed(2)).toBe("378.63");
    expect(model.finance?.available.total?.toFixed(2)).toBe("280620.28");
    expect(model.finance?.computedClosing.total?.toFixed(2)).toBe("76769.44");
    expect(model.basicExpenditure?.personnelShare?.toFixed(2)).toBe("97.25");
    expect(model.staffing?.controlRate?.toFixed(2)).toBe("100.00");
    // 94.26 with the typed 76.93; 94.17 on the computed 75.98 (7.60 instead of 7.69).
    expect(model.evaluation?.scoreTotal.toFixed(2)).toBe("94.17");
    expect(model.evaluation?.grade).toBe("优");
  });
});
