/**
 * Indicator templates (docs/domain.md §8): weights that sum to 100, links set, nothing scored before the
 * unit types its targets — and the engine's weight check on an edited template.
 */
import Decimal from "decimal.js";
import {
  checkDataset,
  DEPARTMENT_TEMPLATE,
  loadDataset,
  pathText,
  PROJECT_TABLE_ID,
  PROJECT_TEMPLATE,
  TEMPLATE_IDS,
  templateDataset,
  TEMPLATES,
  type TemplateId,
} from "../../src/domain";
import { DatasetError } from "../../src/errors";

const spec = (template: TemplateId) =>
  ({ template, unitName: " 某某县卫生健康局 ", level: "county", year: 2025 }) as const;

const weightOf = (list: readonly { weight: number; level1: string }[], level1?: string) =>
  list
    .filter((t) => level1 === undefined || t.level1 === level1)
    .reduce((s, t) => s.plus(t.weight), new Decimal(0))
    .toNumber();

describe("the templates as data", () => {
  it.each(TEMPLATE_IDS)("%s: the weights sum to 100", (id) => {
    expect(weightOf(TEMPLATES[id])).toBe(100);
  });

  it.each([
    ["output", 50],
    ["benefit", 30],
    ["satisfaction", 10],
    ["execution", 10],
  ])("project: %s weighs %i (财预〔2020〕10号)", (level1, weight) => {
    expect(weightOf(PROJECT_TEMPLATE, level1)).toBe(weight);
  });

  it.each([
    ["在职人员控制率", "staffControlRate"],
    ["“三公经费”控制率", "sangongControlRate"],
    ["公用经费控制率", "publicFundsControlRate"],
    ["预算完成率", "budgetCompletionRate"],
  ])("department and six-dimension: %s is linked to %s", (name, link) => {
    for (const id of ["department", "six-dimension"] as const) {
      const ind = templateDataset(spec(id)).indicators?.find((i) => i.name === name);
      expect(ind?.link).toBe(link);
      expect(ind?.direction).toBeDefined();
    }
  });

  it.each([
    ["运行成本", 15],
    ["管理效率", 25],
    ["履职效能", 30],
    ["社会效应", 10],
    ["可持续发展能力", 10],
    ["服务对象满意度", 10],
  ])("six-dimension: %s weighs %i, the six in docs/domain.md §8's order", (level1, weight) => {
    const raw = templateDataset(spec("six-dimension"));
    const list = raw.indicators ?? [];
    expect([...new Set(list.map((i) => i.level1))]).toEqual([
      "运行成本",
      "管理效率",
      "履职效能",
      "社会效应",
      "可持续发展能力",
      "服务对象满意度",
    ]);
    const sum = list.filter((i) => i.level1 === level1).reduce((s, i) => s + Number(i.weight), 0);
    expect(sum).toBe(weight);
    // The department's indicators: no fund table, no 项目资金 block.
    expect(list.some((i) => "table" in i)).toBe(false);
    expect(raw.fundTables ?? []).toEqual([]);
  });

  it("department: the common framework's 一级 and 二级指标, in docs/domain.md §8's order", () => {
    const raw = templateDataset(spec("department"));
    const pairs = [...new Set(raw.indicators?.map((i) => `${i.level1}/${i.level2}`))];
    expect(pairs).toEqual([
      "投入/目标设定",
      "投入/预算配置",
      "过程/预算执行",
      "过程/预算管理",
      "过程/资产管理",
      "产出/职责履行",
      "效果/履职效益",
    ]);
    expect(DEPARTMENT_TEMPLATE.every((t) => t.weight > 0)).toBe(true);
  });

  it("project: the indicators are the project table's; 预算执行率's 10 points are its form's 项目资金 得分", () => {
    const raw = templateDataset({ ...spec("project"), projectName: "  基本公共卫生服务项目 " });
    expect(
      raw.fundTables?.map((t) => [t.id, t.title, t.rows.map((r) => r.name), t.funding, t.goals]),
    ).toEqual([[PROJECT_TABLE_ID, "基本公共卫生服务项目", ["基本公共卫生服务项目"], {}, {}]]);
    const indicators = raw.indicators ?? [];
    expect(indicators).toHaveLength(PROJECT_TEMPLATE.length - 1);
    expect(indicators.every((i) => i.table === PROJECT_TABLE_ID)).toBe(true);
    expect(indicators.some((i) => i.link === "fundExecutionRate")).toBe(false);
    expect(indicators.reduce((s, i) => s + Number(i.weight), 0)).toBe(90);
    // The 三级指标 the unit names itself say which 二级指标 they belong to.
    expect(indicators[0].name).toBe("数量指标（请填写具体指标）");
  });

  it("project: without a name, the table is 未命名项目", () => {
    const raw = templateDataset(spec("project"));
    expect(raw.fundTables?.[0].title).toBe("未命名项目");
  });

  it.each(TEMPLATE_IDS)("%s: no target, actual, rating or score is invented", (id) => {
    for (const ind of templateDataset(spec(id)).indicators ?? []) {
      expect(ind).not.toHaveProperty("target");
      expect(ind).not.toHaveProperty("actual");
      expect(ind).not.toHaveProperty("rating");
      expect(ind).not.toHaveProperty("reportedScore");
    }
  });
});

describe("the engine on a template", () => {
  it.each(TEMPLATE_IDS)("%s: valid, no error, no weights finding, nothing scored, no total", (id) => {
    const raw = templateDataset(spec(id));
    expect(raw.unit.name).toBe("某某县卫生健康局");
    const { model, findings } = checkDataset(loadDataset(raw));
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(findings.map((f) => f.rule)).not.toContain("weights-not-100");
    // The department's table, or the project form's (with its block's 10 points).
    const list =
      id !== "project" ? (model.evaluation?.indicators ?? []) : (model.projectIndicators?.[0] ?? []);
    expect(list).toHaveLength(raw.indicators?.length ?? -1);
    const weights = list.reduce((s, m) => s.plus(m.weight ?? 0), new Decimal(0)).toNumber();
    expect(weights).toBe(id !== "project" ? 100 : 90);
    expect(list.every((m) => m.score === null && m.met === null)).toBe(true);
    if (id !== "project") expect(model.evaluation?.complete).toBe(false);
    else expect(model.evaluation).toBeUndefined();
  });

  // An edited weight: the existing weights-not-100 finding, with the new total.
  it.each([
    ["department", 0, "8", "105", "indicators"],
    ["department", 15, "5", "95", "indicators"],
    ["six-dimension", 11, "12", "102", "indicators"],
    ["project", 0, "20", "105", "indicators[0].weight"],
    ["project", 8, "0", "90", "indicators[0].weight"],
  ] as const)("%s: indicator %i's weight set to %s makes %s (at %s)", (id, index, weight, total, path) => {
    const raw = templateDataset({ ...spec(id), ...(id === "project" ? { projectName: "某项目" } : {}) });
    const indicators = raw.indicators ?? [];
    indicators[index] = { ...indicators[index], weight };
    const { findings } = checkDataset(loadDataset(raw));
    const found = findings.filter((f) => f.rule === "weights-not-100");
    expect(found.map((f) => [f.severity, pathText(f.path), f.reported, f.expected])).toEqual([
      ["error", path, total, "100"],
    ]);
    expect(found[0].message).toContain(total);
    // A project form's message names the project and the 10 points of its 项目资金 block.
    if (id === "project") expect(found[0].message).toMatch(/^【某项目】项目支出绩效自评表.*预算执行率 10 分/);
  });

  it.each([
    [{ unitName: "  " }, "unit.name"],
    [{ year: 1999 }, "unit.year"],
  ])("refuses %p, naming %s", (change, path) => {
    expect.assertions(2);
    try {
      templateDataset({ ...spec("department"), ...change });
    } catch (error) {
      expect(error).toBeInstanceOf(DatasetError);
      expect(pathText((error as DatasetError).path)).toBe(path);
    }
  });
});
