/**
 * Indicator templates (DOMAIN §8): weights that sum to 100, links set, nothing scored before the
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
  type RawDataset,
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
  ])("department: %s is linked to %s", (name, link) => {
    const ind = templateDataset(spec("department")).indicators?.find((i) => i.name === name);
    expect(ind?.link).toBe(link);
    expect(ind?.direction).toBeDefined();
  });

  it("department: the common framework's 一级 and 二级指标, in DOMAIN §8's order", () => {
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

  it("project: 预算执行率 is linked to the project's own fund table", () => {
    const raw = templateDataset({ ...spec("project"), projectName: "  基本公共卫生服务项目 " });
    const linked = raw.indicators?.filter((i) => i.link) ?? [];
    expect(linked.map((i) => [i.name, i.link, i.linkTable])).toEqual([
      ["项目预算执行率", "fundExecutionRate", PROJECT_TABLE_ID],
    ]);
    expect(raw.fundTables?.map((t) => [t.id, t.title, t.rows.map((r) => r.name)])).toEqual([
      [PROJECT_TABLE_ID, "基本公共卫生服务项目", ["基本公共卫生服务项目"]],
    ]);
    // The 三级指标 the unit names itself say which 二级指标 they belong to.
    expect(raw.indicators?.[0].name).toBe("数量指标（请填写具体指标）");
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
  it.each(TEMPLATE_IDS)("%s: valid, no error, weights 100, nothing scored, no total", (id) => {
    const raw = templateDataset(spec(id));
    expect(raw.unit.name).toBe("某某县卫生健康局");
    const { model, findings } = checkDataset(loadDataset(raw));
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(findings.map((f) => f.rule)).not.toContain("weights-not-100");
    const ev = model.evaluation;
    expect(ev?.weightTotal.toNumber()).toBe(100);
    expect(ev?.indicators.every((m) => m.score === null && m.met === null)).toBe(true);
    // Unknown is not zero: no total stands, so no sheet, sentence or check uses one.
    expect(ev?.complete).toBe(false);
  });

  // An edited weight: the existing weights-not-100 finding, with the new total.
  it.each([
    ["department", 0, "8", "105"],
    ["department", 15, "5", "95"],
    ["project", 0, "20", "105"],
    ["project", 9, "0", "90"],
  ] as const)("%s: indicator %i's weight set to %s makes %s", (id, index, weight, total) => {
    const raw = templateDataset(spec(id)) as RawDataset;
    const indicators = raw.indicators ?? [];
    indicators[index] = { ...indicators[index], weight };
    const { findings } = checkDataset(loadDataset(raw));
    const found = findings.filter((f) => f.rule === "weights-not-100");
    expect(found.map((f) => [f.severity, pathText(f.path), f.reported, f.expected])).toEqual([
      ["error", "indicators", total, "100"],
    ]);
    expect(found[0].message).toContain(total);
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
