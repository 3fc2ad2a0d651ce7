/** The new-workbook form checks every field at once and says each problem in words. */
import {
  datasetOf,
  fieldOrder,
  rowsProblem,
  validateDraft,
  type NewWorkbookDraft,
} from "../../src/taskpane/state/newWorkbookDraft";

const draft = (change: Partial<NewWorkbookDraft> = {}): NewWorkbookDraft => ({
  unitName: "浏阳市卫生健康局",
  shortName: "",
  level: "county",
  year: "2025",
  tables: [
    {
      key: 7,
      title: "基本公共卫生服务补助资金",
      dimension: "institution",
      province: "",
      city: "",
      rows: "城关镇卫生院\n集里街道社区卫生服务中心",
    },
  ],
  ...change,
});

describe("validateDraft", () => {
  it("finds nothing wrong with a complete draft, whose dataset is the blank workbook's", () => {
    expect(validateDraft(draft()).size).toBe(0);
    const raw = datasetOf(draft());
    expect(raw.unit).toMatchObject({ name: "浏阳市卫生健康局", year: 2025, level: "county" });
    expect(raw.fundTables?.[0]).toMatchObject({
      dimension: "institution",
      title: "基本公共卫生服务补助资金",
    });
    expect(raw.fundTables?.[0].rows.map((r) => r.name)).toEqual(["城关镇卫生院", "集里街道社区卫生服务中心"]);
  });

  it("says every problem at once, field by field, in words", () => {
    const problems = validateDraft(
      draft({
        unitName: "  ",
        year: "25",
        tables: [
          { key: 1, title: "", dimension: "project", province: "", city: "", rows: "" },
          {
            key: 2,
            title: "专项",
            dimension: "region",
            province: "",
            city: "",
            rows: "芙蓉区\n\n天心区\n芙蓉区",
          },
        ],
      }),
    );
    expect([...problems]).toEqual([
      ["unitName", "请填写单位名称"],
      ["year", "年度应为 2000 至 2100 之间的四位数字"],
      ["title:1", "请填写资金表名称"],
      ["rows:1", "请至少填写一行"],
      ["rows:2", "第 4 行“芙蓉区”与第 1 行重名"],
    ]);
    // Words only: no dataset path, no `undefined`.
    for (const text of problems.values()) expect(text).not.toMatch(/unit\.|fundTables|undefined|\[/);
  });

  it.each([
    ["", "请填写年度"],
    ["1999", "年度应为 2000 至 2100 之间的四位数字"],
    ["2024.5", "年度应为 2000 至 2100 之间的四位数字"],
    [" 2024 ", undefined],
  ])("year %j → %s", (year, problem) => {
    expect(validateDraft(draft({ year })).get("year")).toBe(problem);
  });

  it.each([
    ["", "请至少填写一行"],
    ["\n  \n", "请至少填写一行"],
    ["甲\n乙", undefined],
    ["甲\n 甲 ", "第 2 行“甲”与第 1 行重名"],
  ])("rows %j → %s", (rows, problem) => {
    expect(rowsProblem(rows)).toBe(problem);
  });

  it("orders the fields as the form shows them, by each table's key", () => {
    expect(fieldOrder(draft())).toEqual(["unitName", "year", "title:7", "rows:7"]);
  });
});

describe("datasetOf with the indicators to start with", () => {
  it.each([
    [undefined, 0, []],
    ["none", 0, []],
    [
      "department",
      23,
      ["staffControlRate", "budgetCompletionRate", "publicFundsControlRate", "sangongControlRate"],
    ],
    [
      "six-dimension",
      22,
      ["staffControlRate", "budgetCompletionRate", "publicFundsControlRate", "sangongControlRate"],
    ],
    ["project", 9, []],
  ] as const)("%s: %i indicators, links %j", (template, count, links) => {
    const raw = datasetOf(draft(template ? { template } : {}));
    expect(raw.indicators?.length ?? 0).toBe(count);
    expect(
      (raw.indicators ?? [])
        .map((i) => i.link)
        .filter(Boolean)
        .sort(),
    ).toEqual([...links].sort());
    // The fund tables typed stay as they are.
    expect(raw.fundTables?.map((t) => t.title)).toEqual(["基本公共卫生服务补助资金"]);
  });

  it("project: the indicators are 资金表 1's, whose 项目支出绩效自评表 gets an empty 项目资金 block", () => {
    const raw = datasetOf(
      draft({
        template: "project",
        tables: [
          { key: 1, title: "基本公共卫生服务项目", dimension: "project", province: "", city: "", rows: "甲" },
          { key: 2, title: "其他专项", dimension: "project", province: "", city: "", rows: "乙" },
        ],
      }),
    );
    expect(raw.indicators?.every((i) => i.table === raw.fundTables?.[0].id)).toBe(true);
    expect(raw.fundTables?.[0]).toMatchObject({ funding: {}, goals: {} });
    expect(raw.fundTables?.[1]).not.toHaveProperty("funding");
  });
});
