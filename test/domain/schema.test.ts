/** Loading a dataset file: strict contract with the JSON path and the value in every error. */
import { DatasetError } from "../../src/errors";
import {
  loadDataset,
  parseDataset,
  pathText,
  readDataset,
  toRawDataset,
  wordsOf,
  type RawDataset,
} from "../../src/domain";
import { baseDataset, fundTable, sampleRaw } from "../helpers/datasets";

function errorOf(raw: unknown): DatasetError {
  try {
    loadDataset(raw);
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw error;
  }
  throw new Error("expected a DatasetError");
}

const withTable = (rowExtra: Record<string, unknown>) =>
  baseDataset({ fundTables: [fundTable([{ name: "甲", budget: "1", used: "1", ...rowExtra } as never])] });

describe("loadDataset", () => {
  it("loads the sample with every number parsed and kept as written", () => {
    const ds = loadDataset(sampleRaw());
    expect(ds.unit.name).toBe("湖南省卫生健康委员会");
    expect(ds.fundTables?.[1].rows[5].reportedRate?.value?.toString()).toBe("45.62");
    expect(ds.fundTables?.[0].rows[4].used.source).toBe("0");
    expect(ds.profile?.staffing?.authorized?.source).toBe(29664);
  });

  it.each([
    ["an unknown top-level field", { ...baseDataset(), extra: 1 }, "extra", "不是数据文件格式中的字段"],
    [
      "a misspelled row field",
      withTable({ budgett: "1" }),
      "fundTables[0].rows[0].budgett",
      "不是数据文件格式中的字段",
    ],
    ["a boolean amount", withTable({ used: true }), "fundTables[0].rows[0].used", "应为数字或数字文字"],
    ["a null amount", withTable({ used: null }), "fundTables[0].rows[0].used", "应为数字或数字文字"],
    [
      "a missing required field",
      { ...baseDataset(), unit: { name: "x", level: "county", moneyUnit: "万元" } },
      "unit.year",
      "缺少必填字段",
    ],
    ["a wrong format tag", { ...baseDataset(), format: "other" }, "format", "应为"],
    ["a wrong version", { ...baseDataset(), version: 2 }, "version", "应为 1"],
    [
      "a wrong level",
      { ...baseDataset(), unit: { name: "x", level: "town", year: 2024, moneyUnit: "万元" } },
      "unit.level",
      '"province"',
    ],
    [
      "元 instead of 万元",
      { ...baseDataset(), unit: { name: "x", level: "city", year: 2024, moneyUnit: "元" } },
      "unit.moneyUnit",
      "万元",
    ],
    [
      "rows not an array",
      baseDataset({ fundTables: [{ id: "a", title: "t", dimension: "project", rows: {} } as never] }),
      "fundTables[0].rows",
      "应为数组",
    ],
    ["an empty row name", withTable({ name: " " }), "fundTables[0].rows[0].name", "不能为空文字"],
    [
      "an unknown 三公 key",
      baseDataset({ sangong: { items: { meals: { budget: "1" } } as never } }),
      "sangong.items.meals",
      "不是数据文件格式中的字段",
    ],
    [
      "vehicle and its pair together",
      baseDataset({ sangong: { items: { vehicle: { budget: "1" }, vehiclePurchase: { budget: "1" } } } }),
      "sangong.items",
      "只能填写一种",
    ],
    [
      "a duplicate table id",
      baseDataset({ fundTables: [fundTable([]), fundTable([])] }),
      "fundTables[1].id",
      "重复",
    ],
    [
      "a subtotal for an unknown group",
      baseDataset({
        fundTables: [
          fundTable([{ name: "a", budget: "1", used: "1", group: "甲" }], {
            reportedSubtotals: [{ group: "乙" }],
          }),
        ],
      }),
      "fundTables[0].reportedSubtotals[0].group",
      "分组",
    ],
    [
      "a fractional count",
      baseDataset({ sangong: { items: {}, stats: { vehiclesHeld: 4.5 } } }),
      "sangong.stats.vehiclesHeld",
      "非负整数",
    ],
    ["not an object", [], "", "应为对象"],
    [
      "a __proto__ key (JSON.parse makes it an own property)",
      JSON.parse(
        '{"format":"jixiao-dataset","version":1,"unit":{"name":"x","level":"city","year":2024,"moneyUnit":"万元"},"__proto__":{"x":1}}',
      ),
      "__proto__",
      "不允许使用的字段名",
    ],
    ["a constructor key", { ...baseDataset(), constructor: 1 }, "constructor", "不允许使用的字段名"],
    [
      "a toString key in a row",
      withTable({ toString: "1" }),
      "fundTables[0].rows[0].toString",
      "不是数据文件格式中的字段",
    ],
    [
      "a prototype key in 三公",
      baseDataset({ sangong: { items: { prototype: {} } as never } }),
      "sangong.items.prototype",
      "不允许使用的字段名",
    ],
    [
      "an unknown outline",
      baseDataset({ settings: { outline: "henan" as never } }),
      "settings.outline",
      "应为",
    ],
    [
      "离退休 written another way",
      baseDataset({ profile: { staffing: { retired: 3, retiredAs: "退休人员" as never } } }),
      "profile.staffing.retiredAs",
      "应为",
    ],
    [
      "a misspelled 自评工作 item",
      baseDataset({ narrative: { selfEvaluationWork: { teams: "x" } as never } }),
      "narrative.selfEvaluationWork.teams",
      "不是数据文件格式中的字段",
    ],
  ])("rejects %s with its path and value", (_what, raw, path, problem) => {
    const e = errorOf(raw);
    expect(pathText(e.path)).toBe(path);
    expect(e.message).toContain(problem);
    if (path) expect(e.message).toContain(path);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("names the field in words, its path, and the offending value in the message", () => {
    const e = errorOf(withTable({ used: true }));
    expect(e.where).toBe("【测试专项】甲的实际使用");
    expect(e.message).toBe(
      "数据文件中【测试专项】甲的实际使用（fundTables[0].rows[0].used）：应为数字或数字文字（当前值：true）",
    );
  });

  it.each([
    [["unit", "name"], "单位信息的单位名称"],
    [["fundTables", 0, "reportedSubtotals", 0, "budget"], "【测试专项】第 1 个小计的预算批复"],
    [["sangong", "reported", "rates", "abroad"], "“三公”经费 因公出国（境）费的预算完成率"],
    [["indicators", 2, "weight"], "第 3 项指标的分值"],
    [["breakdowns", 0, "items", 1, "amount"], "第 1 张分类表第 2 项的金额"],
  ])("names %p as %s", (path, words) => {
    expect(wordsOf(path, baseDataset({ fundTables: [fundTable([])] }))).toBe(words);
  });

  it("survives values nested thousands deep, naming them briefly", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 20_000; i++) deep = [deep];
    const e = errorOf(withTable({ used: deep }));
    expect(pathText(e.path)).toBe("fundTables[0].rows[0].used");
    expect(e.message.length).toBeLessThan(200);
    expect(e.message).toContain("[[[[");
  });

  it("cleans characters XML forbids out of text, keeping line breaks, and says where", () => {
    const raw = withTable({ name: "甲\u000b乙\u0000\uFFFE" });
    (raw.unit as { name: string }).name = "某\u0001单位";
    const { dataset, repairs } = readDataset(raw);
    expect(dataset.fundTables?.[0].rows[0].name).toBe("甲\n乙");
    expect(dataset.unit.name).toBe("某单位");
    expect(repairs.map((r) => [pathText(r.path), r.changed])).toEqual([
      ["unit.name", 1],
      ["fundTables[0].rows[0].name", 3],
    ]);
    expect(dataset.repairs).toEqual(repairs);
    expect(toRawDataset(dataset)).not.toHaveProperty("repairs");
  });

  it("keeps text in a numeric field as an invalid cell (a finding, not an error)", () => {
    const ds = loadDataset(withTable({ used: "约300" }));
    expect(ds.fundTables?.[0].rows[0].used.kind).toBe("invalid");
  });

  it("parseDataset rejects text that is not JSON and accepts a BOM", () => {
    expect(() => parseDataset("{ not json")).toThrow(/不是有效的 JSON/);
    expect(parseDataset(`\uFEFF${JSON.stringify(baseDataset())}`).unit.year).toBe(2024);
  });

  it("reads the report's fields: outline, 成文日期, the notice, 自评工作, 离休/退休 and 编制外", () => {
    const raw = baseDataset({
      profile: { staffing: { authorized: 60, actualOutOfQuota: "12", retired: 40, retiredAs: "离休" } },
      narrative: {
        notice: { title: "关于开展2024年度绩效自评的通知", documentNumber: "湘财绩〔2025〕2号" },
        selfEvaluationWork: {
          text: "成立自评工作小组。",
          team: "甲",
          preparation: "乙",
          implementation: "丙",
          evaluation: "丁",
          submission: "戊",
          disclosure: "己",
        },
      },
      settings: { outline: "guangdong", reportDate: "2024-02-29" },
    });
    const ds = loadDataset(raw);
    expect(ds.settings).toEqual({ outline: "guangdong", reportDate: "2024-02-29" });
    expect(ds.profile?.staffing?.actualOutOfQuota?.value?.toString()).toBe("12");
    expect(ds.profile?.staffing?.retiredAs).toBe("离休");
    expect(ds.narrative?.selfEvaluationWork?.disclosure).toBe("己");
    expect(toRawDataset(ds)).toEqual(raw);
  });

  it("toRawDataset gives back exactly the file", () => {
    const raw: RawDataset = sampleRaw();
    expect(toRawDataset(loadDataset(raw))).toEqual(raw);
    const odd = withTable({ used: "１２３", arrived: "—", reportedRate: 12.5 });
    expect(toRawDataset(loadDataset(odd))).toEqual(odd);
  });
});
