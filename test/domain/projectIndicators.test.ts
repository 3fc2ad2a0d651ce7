/**
 * Indicator tables per fund table (`indicators[].table`): a project's indicators are its
 * 项目支出绩效自评表's, checked there (weights + the 项目资金 block's 10 points = 100), and leave
 * the department's table, total and grade as they were.
 */
import { checkDataset, formTotal, loadDataset, pathText, type RawDataset } from "../../src/domain";
import { sampleRaw } from "../helpers/datasets";

/** The sample with indicators on 爱心助孕's form: [name, weight, target, actual]. */
function withProject(rows: readonly (readonly [string, string, string, string?])[]): RawDataset {
  const raw = sampleRaw();
  raw.indicators = [
    ...(raw.indicators ?? []),
    ...rows.map(([name, weight, target, actual]) => ({
      level1: "产出",
      level2: "数量指标",
      name,
      weight,
      direction: ">=" as const,
      target,
      ...(actual ? { actual } : {}),
      table: "family-planning-ivf",
    })),
  ];
  return raw;
}

const ivf = (raw: RawDataset) => (raw.fundTables ?? []).findIndex((t) => t.id === "family-planning-ivf");

describe("indicators per fund table", () => {
  it("leave the department's evaluation as it was and score on the project's form", () => {
    const before = checkDataset(loadDataset(sampleRaw())).model;
    const raw = withProject([
      ["救助对象人数", "60", "1000", "1050"],
      ["救助政策知晓率", "30", "90", "81"],
    ]);
    const { model, findings } = checkDataset(loadDataset(raw));
    expect(model.evaluation?.finalScore.toString()).toBe(before.evaluation?.finalScore.toString());
    expect(model.evaluation?.indicators).toHaveLength(before.evaluation?.indicators.length ?? -1);
    const list = model.projectIndicators?.[ivf(raw)] ?? [];
    expect(list.map((m) => [m.indicator.name, m.score?.toString()])).toEqual([
      ["救助对象人数", "60"],
      ["救助政策知晓率", "27"],
    ]);
    expect(findings.filter((f) => f.rule === "weights-not-100")).toEqual([]);
    // The form's 总分: 60 + 27 + the block's 得分, out of 90 + 10.
    const block = model.projectFunding[ivf(raw)].score;
    const total = formTotal(list, block);
    expect(total.weights?.toNumber()).toBe(100);
    expect(total.score?.toString()).toBe(block?.plus(87).toString());
  });

  it.each([
    [
      [
        ["甲", "50", "1"],
        ["乙", "30", "1"],
      ],
      "90",
    ],
    [
      [
        ["甲", "60", "1"],
        ["乙", "40", "1"],
      ],
      "110",
    ],
  ] as const)(
    "weights %j with the block's 10 make %s: weights-not-100 on the form's first indicator",
    (rows, total) => {
      const raw = withProject(rows);
      const first = (sampleRaw().indicators ?? []).length;
      const found = checkDataset(loadDataset(raw)).findings.filter((f) => f.rule === "weights-not-100");
      expect(found.map((f) => [pathText(f.path), f.reported, f.expected])).toEqual([
        [`indicators[${first}].weight`, total, "100"],
      ]);
      expect(found[0].message).toContain("【爱心助孕】项目支出绩效自评表");
    },
  );

  it("an indicator naming no fund table stays the department's", () => {
    const raw = sampleRaw();
    const count = raw.indicators?.length ?? 0;
    raw.indicators = (raw.indicators ?? []).map((i, n) => (n === 0 ? { ...i, table: "no-such-table" } : i));
    const { model } = checkDataset(loadDataset(raw));
    expect(model.evaluation?.indicators).toHaveLength(count);
    expect((model.projectIndicators ?? []).flat()).toEqual([]);
  });

  it("a form's 总分: blank unless every part is known, never 0.00 / 差 (formTotal)", () => {
    const { model } = checkDataset(loadDataset(withProject([["甲", "90", "100"]])));
    const list = model.projectIndicators?.[ivf(sampleRaw())] ?? [];
    expect(formTotal(list, null)).toEqual({ weights: expect.anything(), score: null, grade: null });
    expect(formTotal([], undefined)).toEqual({ weights: null, score: null, grade: null });
    expect(formTotal([], null).weights?.toNumber()).toBe(10);
  });
});
