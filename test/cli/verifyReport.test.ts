/** `jixiao verify-report`, run in-process with its files in memory. */
import * as fs from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { run, type CliIO } from "../../src/cli/main";
import { renderDocx } from "../../src/renderers/docx";
import { renderXlsx } from "../../src/renderers/xlsx";
import { buildWorkbookPlan } from "../../src/workbook";
import { checkDataset, loadDataset } from "../../src/domain";
import { SAMPLE_PATH, sampleRaw } from "../helpers/datasets";
import { reportOf, retype } from "../helpers/reportEdits";
import { fixtureDocx } from "../helpers/reportFixture";

function io(files: Record<string, Uint8Array | string>) {
  const out: string[] = [];
  const err: string[] = [];
  const missing = (p: string) => Object.assign(new Error(`ENOENT: ${p}`), { code: "ENOENT" });
  const cli: CliIO = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: async (p) => {
      const data = files[p];
      if (data === undefined) throw missing(p);
      return typeof data === "string" ? data : new TextDecoder().decode(data);
    },
    readBytes: async (p) => {
      const data = files[p];
      if (data === undefined) throw missing(p);
      return typeof data === "string" ? new TextEncoder().encode(data) : data;
    },
    writeFiles: async () => undefined,
    exists: async (p) => p in files,
    version: "9.9.9",
  };
  return { cli, stdout: () => out.join(""), stderr: () => err.join("") };
}

let files: Record<string, Uint8Array | string>;

/** A workbook the user made, without standard sheets. */
async function blankWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Sheet1").getCell("A1").value = "收支明细";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

beforeAll(async () => {
  const { model, plan } = reportOf(sampleRaw());
  const { findings } = checkDataset(loadDataset(sampleRaw()));
  files = {
    "report.docx": await renderDocx(plan),
    "edited.docx": await renderDocx(retype(plan, "47.13%", "74.13%", "中医药专项")),
    "province.docx": await fixtureDocx(),
    "sample.json": fs.readFileSync(SAMPLE_PATH, "utf8"),
    "workbook.xlsx": await renderXlsx(buildWorkbookPlan(model, findings).plan),
    "notes.txt": "not a Word document",
    "notes.xlsx": "not a workbook",
    "blank.xlsx": await blankWorkbook(),
    "bomb.docx": await bombDocx(),
  };
  // Several files rendered and a 36 MB zip compressed: seconds on a loaded machine, over jest's 5 s default.
}, 60_000);

/** A .docx of 40 KB whose body unzips to 36 MB of empty paragraphs: refused unread. */
async function bombDocx(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("word/document.xml", `<w:document><w:body>${"<w:p/>".repeat(6_000_000)}</w:body></w:document>`);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("jixiao verify-report", () => {
  it("exits 0 on the report as generated, checked against its data, and says how many figures it compared", async () => {
    const t = io(files);
    expect(await run(["verify-report", "report.docx", "--data", "sample.json"], t.cli)).toBe(0);
    expect(t.stdout()).toContain("报告数字核对（report.docx，比对数据：sample.json）");
    expect(t.stdout()).toContain("未发现问题：报告中的数字与工作簿一致");
    expect(t.stdout()).toMatch(/共找到 \d+ 个数字，能确定所指项目的 \d+ 个，其中 \d+ 个已与工作簿比对。/);
  });

  it("exits 1 on an edited report, against a workbook (.xlsx) as against a dataset file", async () => {
    for (const data of ["sample.json", "workbook.xlsx"]) {
      const t = io(files);
      expect(await run(["verify-report", "edited.docx", "--data", data], t.cli)).toBe(1);
      expect(t.stdout()).toContain("report-figure-mismatch");
      expect(t.stdout()).toContain("“中医药专项 · 预算执行率”写作 74.13%，工作簿中为 47.13%");
      expect(t.stdout().replace(/ /gu, "")).toContain("原文：2024年度中医药专项预算3,697.00万元");
    }
  });

  it("without --data checks the report against itself: the province report's two inconsistencies, exit 1", async () => {
    const t = io(files);
    expect(await run(["verify-report", "province.docx"], t.cli)).toBe(1);
    const out = t.stdout();
    expect(out).toContain("未提供数据：只核对报告自身");
    expect(out).toContain("“项目支出 · 本年收入”写作 125,651.44 万元");
    expect(out).toContain("“项目支出 · 本年支出”写作 119,191.43 万元");
    // What could not be attributed is listed, not flagged.
    expect(out).toMatch(/未能确定所指项目的数字 \d+ 个（只列出，不作判断）：/);
    expect(out).toContain("1500 亿元");
  });

  it("--json prints only the findings, in the issue's shape", async () => {
    const t = io(files);
    expect(await run(["verify-report", "province.docx", "--json"], t.cli)).toBe(1);
    const json = JSON.parse(t.stdout()) as Record<string, unknown>[];
    expect(json[0]).toEqual({
      rule: "report-self-inconsistent",
      severity: "error",
      message: expect.stringContaining("前后不一致"),
      paragraph: expect.any(Number),
      excerpt: expect.stringContaining("本年收入 125,651.44 万元"),
      reported: "125,651.44 万元",
      expected: "125,651.43 万元",
      otherParagraph: expect.any(Number),
    });
    for (const f of json)
      expect(
        Object.keys(f).every((k) =>
          [
            "rule",
            "severity",
            "message",
            "paragraph",
            "excerpt",
            "reported",
            "expected",
            "otherParagraph",
          ].includes(k),
        ),
      ).toBe(true);
  });

  it.each([
    ["a missing report", ["verify-report", "nowhere.docx"], "无法读取文件 nowhere.docx：ENOENT"],
    ["a report that is no .docx", ["verify-report", "notes.txt"], "notes.txt：不是 .docx 文档"],
    [
      "a report whose body unzips beyond the limit",
      ["verify-report", "bomb.docx"],
      "bomb.docx：这个 Word 文档的“word/document.xml”部分解压后超过 32 MB",
    ],
    [
      "a workbook that is no .xlsx",
      ["verify-report", "report.docx", "--data", "notes.xlsx"],
      "notes.xlsx：不是可读取的 .xlsx 工作簿",
    ],
    [
      "a workbook without standard sheets",
      ["verify-report", "report.docx", "--data", "blank.xlsx"],
      "blank.xlsx：这个工作簿里没有标准表",
    ],
    ["data that is no dataset", ["verify-report", "report.docx", "--data", "notes.txt"], "数据文件"],
    [
      "--data without a file",
      ["verify-report", "report.docx", "--data"],
      "命令参数 --data：缺少数据文件路径",
    ],
    ["no report", ["verify-report"], "缺少报告文件（.docx）路径"],
    ["an unknown option", ["verify-report", "report.docx", "--out", "x"], "不认识的选项"],
  ])("exits 2 on %s, with one message on stderr", async (_, argv, message) => {
    const t = io(files);
    expect(await run(argv, t.cli)).toBe(2);
    expect(t.stderr()).toContain(message);
    expect(t.stdout()).toBe("");
  });

  it("names the data file in a dataset problem", async () => {
    const t = io({
      ...files,
      "bad.json": '{"format":"jixiao-dataset","version":1,"unit":{"name":"x","level":"town","year":2024}}',
    });
    expect(await run(["verify-report", "report.docx", "--data", "bad.json"], t.cli)).toBe(2);
    expect(t.stderr()).toMatch(/^jixiao: bad\.json：数据文件中/);
    expect(t.stdout()).toBe("");
  });

  it("shows the report's control characters escaped, never raw", async () => {
    const { plan } = reportOf(sampleRaw());
    const t = io({
      ...files,
      "ctl.docx": await renderDocx(retype(plan, "47.13%", "74.13%\u202e\u009b2J", "中医药专项")),
    });
    expect(await run(["verify-report", "ctl.docx"], t.cli)).toBe(1);
    expect(t.stdout()).toContain("\\u{202e}\\u{9b}2J");
    expect([...t.stdout()].filter((c) => ["\u009b", "\u202e"].includes(c))).toEqual([]);
  });

  it("reports a bug in one line with exit 3", async () => {
    const t = io(files);
    const broken: CliIO = {
      ...t.cli,
      stdout: () => {
        throw new TypeError("x is not a function");
      },
    };
    expect(await run(["verify-report", "report.docx"], broken)).toBe(3);
    expect(t.stderr().trim().split("\n")).toHaveLength(1);
    expect(t.stderr()).toContain("内部错误：x is not a function");
  });

  it("is in the usage text", async () => {
    const t = io(files);
    await run(["--help"], t.cli);
    expect(t.stdout()).toContain("verify-report <报告.docx> [--data <数据文件.json|工作簿.xlsx>] [--json]");
  });
});
