/**
 * `jixiao new --template …`: a dataset from an indicator template, which `jixiao build` turns into
 * a workbook whose forms are empty but complete — read back, nothing scored is shown as 0.00 / 差.
 */
import { run } from "../../src/cli/main";
import {
  loadDataset,
  TEMPLATE_IDS,
  templateDataset,
  type RawDataset,
  type TemplateId,
} from "../../src/domain";
import { readDocx, type DocxTable } from "../../src/renderers/docxRead";
import { readXlsxGrid } from "../../src/renderers/xlsx";
import { cellText, type GridSheet } from "../../src/workbook/grid";
import { importWorkbook } from "../../src/workbook/import";
import { io } from "../helpers/cliIO";

const args = (template: TemplateId, ...more: string[]) => [
  "new",
  "--template",
  template,
  "--unit",
  "某某县卫生健康局",
  "--year",
  "2025",
  "--out",
  "d.json",
  ...more,
];

describe("jixiao new: the arguments", () => {
  it.each([
    [["new"], "--template"],
    [["new", "--template", "city", "--unit", "甲", "--year", "2025", "--out", "d.json"], "city"],
    [["new", "--template", "project", "--year", "2025", "--out", "d.json"], "--unit"],
    [["new", "--template", "project", "--unit", " ", "--year", "2025", "--out", "d.json"], "--unit"],
    [["new", "--template", "project", "--unit", "甲", "--out", "d.json"], "--year"],
    [["new", "--template", "project", "--unit", "甲", "--year", "25", "--out", "d.json"], "25"],
    [["new", "--template", "project", "--unit", "甲", "--year", "1999", "--out", "d.json"], "1999"],
    [["new", "--template", "project", "--unit", "甲", "--year", "2025"], "--out"],
    [["new", "--template", "project", "--unit", "甲", "--year", "2025", "--out", " "], "--out"],
    [["new", "--template", "project", "--unit", "甲", "--year", "2025", "--out", "--force"], "--out"],
    [
      [
        "new",
        "--template",
        "department",
        "--unit",
        "甲",
        "--year",
        "2025",
        "--out",
        "d.json",
        "--level",
        "town",
      ],
      "town",
    ],
    [
      [
        "new",
        "--template",
        "department",
        "--unit",
        "甲",
        "--year",
        "2025",
        "--out",
        "d.json",
        "--project",
        "乙",
      ],
      "--project",
    ],
    [
      ["new", "--template", "department", "--unit", "甲", "--year", "2025", "--out", "d.json", "--json"],
      "--json",
    ],
    [
      ["new", "--template", "department", "--unit", "甲", "--year", "2025", "--out", "d.json", "extra"],
      "extra",
    ],
  ])("%j: exit 2, the message names %s, nothing is written", async (argv, named) => {
    const t = io();
    expect(await run(argv, t.cli)).toBe(2);
    const [first] = t.stderr().split("\n");
    expect(first).toMatch(/^jixiao: 命令参数 /);
    expect(first).toContain(named);
    expect(t.written.size).toBe(0);
  });

  it("refuses to overwrite a file without --force, naming it; with --force it writes", async () => {
    const t = io();
    expect(await run(args("department"), t.cli)).toBe(0);
    const before = t.written.get("d.json");
    expect(await run(args("project"), t.cli)).toBe(2);
    expect(t.stderr()).toBe("jixiao: d.json 已存在：如要覆盖，请加 --force\n");
    expect(t.written.get("d.json")).toBe(before);
    expect(await run(args("project", "--force"), t.cli)).toBe(0);
    expect(String(t.written.get("d.json"))).toContain("服务对象满意度指标");
  });

  it("names the file it cannot write (exit 2)", async () => {
    const t = io();
    const cli = {
      ...t.cli,
      writeFiles: async () => {
        throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
      },
    };
    expect(await run(args("department"), cli)).toBe(2);
    expect(t.stderr()).toBe("jixiao: 无法写入文件 d.json（EACCES）\n");
  });
});

/** The rows of a sheet as text. */
const texts = (sheet: GridSheet) =>
  Array.from(sheet.cells, (row) => Array.from(row ?? [], (c) => cellText(c ?? undefined)));

/** The 总分 row of a form: [points, score, grade]. */
function totalLine(sheet: GridSheet): string[] {
  const row = texts(sheet).find((r) => r[0] === "总分");
  if (!row) throw new Error(`no 总分 on ${sheet.name}`);
  return [row[5], row[6], row[7]];
}

describe.each(TEMPLATE_IDS)("jixiao new --template %s, then build", (template) => {
  let t: ReturnType<typeof io>;
  let dataset: RawDataset;

  beforeAll(async () => {
    t = io();
    const more = template === "project" ? ["--project", "基本公共卫生服务项目", "--level", "city"] : [];
    expect(await run(args(template, ...more), t.cli)).toBe(0);
    dataset = JSON.parse(String(t.written.get("d.json"))) as RawDataset;
    expect(await run(["build", "d.json", "--out", "out"], t.cli)).toBe(0);
  });

  it("writes the template's dataset and says what to do next", () => {
    expect(dataset).toEqual(
      templateDataset({
        template,
        unitName: "某某县卫生健康局",
        level: template === "project" ? "city" : "county",
        year: 2025,
        ...(template === "project" ? { projectName: "基本公共卫生服务项目" } : {}),
      }),
    );
    expect(() => loadDataset(dataset)).not.toThrow();
    expect(t.stdout()).toContain("已生成：d.json");
    expect(t.stdout()).toContain(
      {
        department: "23 项指标，分值合计 100；",
        "six-dimension": "22 项指标，分值合计 100；",
        project: "9 项指标，分值合计 90，加预算执行率 10 分共 100；",
      }[template],
    );
    expect(t.stdout()).toContain("jixiao build d.json --out");
  });

  it("builds a workbook with no error finding and no weights-not-100", () => {
    const findings = JSON.parse(String(t.written.get("out/findings.json"))) as {
      rule: string;
      severity: string;
    }[];
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(findings.map((f) => f.rule)).not.toContain("weights-not-100");
  });

  it("reads back: every form complete and empty — indicators listed, nothing scored, no 0.00 or grade", async () => {
    const grid = await readXlsxGrid(t.written.get("out/workbook.xlsx") as Uint8Array);
    const forms = grid.sheets.filter((s) => texts(s)[0]?.[0]?.endsWith("绩效自评表"));
    const names = dataset.indicators?.map((i) => i.name) ?? [];
    const department = forms.find((s) => s.name === "部门整体支出绩效自评表") as GridSheet;
    const project = forms.find((s) => s.name === "自评表-基本公共卫生服务项目") as GridSheet;
    expect(department).toBeDefined();
    // Every indicator of the template is on its form, with its weight; 实际完成值 and 得分 blank.
    const rows = texts(template !== "project" ? department : project);
    for (const [i, name] of names.entries()) {
      const row = rows.find((r) => r[2] === name);
      expect(row?.[5]).toBe(dataset.indicators?.[i].weight);
      expect([row?.[3], row?.[4], row?.[6]]).toEqual(["", "", ""]);
    }
    if (template !== "project") expect(totalLine(department)).toEqual(["100", "", ""]);
    else {
      // The department's form has no indicator and no block: nothing to add up, not 0.
      expect(totalLine(department)).toEqual(["", "", ""]);
      expect(texts(project).flat()).toEqual(
        expect.arrayContaining(["项目名称", "基本公共卫生服务项目", "年度资金总额"]),
      );
      // The 项目资金 block is there to fill: its figures, 执行率 and 得分 blank; 总分 out of 90 + 10.
      const block = texts(project).find((r) => r[0] === "年度资金总额");
      expect(block?.slice(2, 8)).toEqual(["", "", "", "10", "", ""]);
      expect(totalLine(project)).toEqual(["100", "", ""]);
    }
    // 指标评分: the department's weights (none for a project's), no score total, no final score or grade.
    const sheet = grid.sheets.find((s) => s.name === "指标评分") as GridSheet;
    const total = texts(sheet).find((r) => r[0] === "合计");
    expect([total?.[7], total?.[8]]).toEqual([template !== "project" ? "100" : "", ""]);
    const line = (words: string) => texts(sheet).find((r) => r[0] === words)?.[3];
    expect([line("自评得分"), line("绩效等级")]).toEqual(["", ""]);
  });

  it("reads back the template's indicators with their links (a lossless round trip)", async () => {
    const grid = await readXlsxGrid(t.written.get("out/workbook.xlsx") as Uint8Array);
    const raw = importWorkbook(grid).raw;
    const pick = (d: RawDataset) =>
      d.indicators?.map((i) => [
        i.level1,
        i.level2,
        i.name,
        String(i.weight),
        i.direction ?? "",
        i.link ?? "",
        i.linkTable ?? "",
        i.table ?? "",
      ]);
    expect(pick(raw)).toEqual(pick(dataset));
  });

  it("the report's forms show no invented 0.00 or grade", async () => {
    const docx = await readDocx(t.written.get("out/report.docx") as Uint8Array);
    const tables = docx.blocks.filter((b): b is DocxTable => b.kind === "table");
    const forms = tables.filter((tb) => tb.rows.some((r) => r.cells[0]?.text === "总分"));
    expect(forms.length).toBe(template === "project" ? 2 : 1);
    for (const form of forms) {
      const cells = form.rows.flatMap((r) => r.cells.map((c) => c.text));
      expect(cells).not.toContain("0.00");
      for (const grade of ["优", "良", "中", "差"]) expect(cells).not.toContain(grade);
    }
    const body = docx.blocks.map((b) => (b.kind === "paragraph" ? b.text : "")).join("\n");
    expect(body).not.toMatch(/0\.00\s*分/);
    expect(body).not.toMatch(/等级为“?[优良中差]/);
  });
});
