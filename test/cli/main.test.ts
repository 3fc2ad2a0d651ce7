/** The command line, run in-process with its IO captured. */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { run, type CliIO } from "../../src/cli/main";
import { io } from "../helpers/cliIO";
import { displayWidth, renderTable } from "../../src/cli/table";
import { readXlsxGrid } from "../../src/renderers/xlsx";
import { importWorkbook } from "../../src/workbook/import";
import { baseDataset, fundTable, SAMPLE_PATH } from "../helpers/datasets";

describe("jixiao check", () => {
  it("prints a table of the sample's findings and exits 1 (there is an error finding)", async () => {
    const t = io();
    expect(await run(["check", SAMPLE_PATH], t.cli)).toBe(1);
    const out = t.stdout();
    expect(out).toContain("湖南省卫生健康委员会 2024 年度数据检查");
    expect(out).toContain("rate-mismatch");
    expect(out).toContain("fundTables[1].rows[5].reportedRate");
    expect(out).toContain("岳阳市 报送执行率 45.62%，按 37.86 ÷ 83.00 计算应为 45.61%");
    expect(out).toContain("共发现：错误 1 项，疑点（需说明） 20 项，提示 3 项。");
    expect(t.stderr()).toBe("");
  });

  it("with --json prints only a JSON array of findings", async () => {
    const t = io();
    expect(await run(["check", "--json", SAMPLE_PATH], t.cli)).toBe(1);
    const findings = JSON.parse(t.stdout()) as Record<string, string>[];
    expect(findings).toHaveLength(24);
    expect(findings[0]).toEqual({
      rule: "rate-mismatch",
      severity: "error",
      path: "fundTables[1].rows[5].reportedRate",
      message: expect.stringContaining("岳阳市"),
      expected: "45.61",
      reported: "45.62",
    });
    for (const f of findings) {
      expect(
        Object.keys(f).every((k) =>
          ["rule", "severity", "path", "message", "expected", "reported"].includes(k),
        ),
      ).toBe(true);
    }
  });

  it("exits 0 when there is no error finding", async () => {
    const clean = JSON.stringify(
      baseDataset({
        fundTables: [fundTable([{ name: "甲", budget: "100", used: "90", reportedRate: "90.00" }])],
      }),
    );
    const t = io({ "clean.json": clean });
    expect(await run(["check", "clean.json"], t.cli)).toBe(0);
    expect(t.stdout()).toContain("未发现问题");
    const j = io({ "clean.json": clean });
    expect(await run(["check", "clean.json", "--json"], j.cli)).toBe(0);
    expect(JSON.parse(j.stdout())).toEqual([]);
  });

  it.each([
    ["a missing file", ["check", "nope.json"], {}, /无法读取文件 nope\.json：ENOENT/],
    ["text that is not JSON", ["check", "bad.json"], { "bad.json": "{ oops" }, /不是有效的 JSON/],
    [
      "an invalid dataset",
      ["check", "bad.json"],
      { "bad.json": JSON.stringify({ ...baseDataset(), extra: 1 }) },
      /数据文件中“extra”（extra）：不是数据文件格式中的字段/,
    ],
    [
      "a mistyped amount",
      ["check", "bad.json"],
      {
        "bad.json": JSON.stringify(
          baseDataset({ fundTables: [fundTable([{ name: "a", budget: true, used: "1" } as never])] }),
        ),
      },
      /fundTables\[0\]\.rows\[0\]\.budget/,
    ],
    ["no file argument", ["check"], {}, /缺少数据文件路径/],
    ["an unknown option", ["check", "x.json", "--yaml"], {}, /--yaml：不认识的选项/],
    ["an unknown command", ["verify"], {}, /verify：不认识的命令/],
  ])("exits 2 on %s, with one message on stderr and no stack trace", async (_what, argv, files, pattern) => {
    const t = io(files as Record<string, string>);
    expect(await run(argv as string[], t.cli)).toBe(2);
    expect(t.stderr()).toMatch(pattern);
    expect(t.stderr()).not.toMatch(/\n\s+at /);
    expect(t.stdout()).toBe("");
  });

  it("prints help and the version", async () => {
    const h = io();
    expect(await run(["--help"], h.cli)).toBe(0);
    expect(h.stdout()).toContain("check <数据文件.json> [--json]");
    const v = io();
    expect(await run(["--version"], v.cli)).toBe(0);
    expect(v.stdout()).toBe("9.9.9\n");
  });
});

describe("jixiao build and import", () => {
  it("builds the sample's workbook and reads it back to the same figures", async () => {
    const t = io();
    expect(await run(["build", SAMPLE_PATH, "--out", "o"], t.cli)).toBe(0);
    expect([...t.written.keys()].sort()).toEqual(["o/findings.json", "o/report.docx", "o/workbook.xlsx"]);
    const located = JSON.parse(String(t.written.get("o/findings.json"))) as {
      rule: string;
      sheet?: string;
      cell?: string;
    }[];
    expect(located.find((f) => f.rule === "rate-mismatch")).toMatchObject({
      sheet: "中医药专项",
      cell: "H9",
    });
    expect(t.stdout()).toContain("已生成：o/workbook.xlsx、o/report.docx、o/findings.json");
    const i = io();
    i.written.set("w.xlsx", t.written.get("o/workbook.xlsx") as Uint8Array);
    expect(await run(["import", "w.xlsx"], i.cli)).toBe(0);
    const raw = JSON.parse(i.stdout()) as { fundTables: { rows: { reportedRate?: string }[] }[] };
    expect(raw.fundTables[1].rows[5].reportedRate).toBe("45.62");
  });

  it.each([
    ["hubei", "二、部门自评工作开展情况"],
    ["guangdong", "二、自评工作开展情况"],
  ])(
    "writes the report in the outline --outline %s names",
    async (outline, heading) => {
      const t = io();
      expect(await run(["build", SAMPLE_PATH, "--outline", outline, "--out", "o"], t.cli)).toBe(0);
      const zip = await JSZip.loadAsync(t.written.get("o/report.docx") as Uint8Array);
      expect(await zip.file("word/document.xml")?.async("string")).toContain(`>${heading}</w:t>`);
    },
    30_000,
  );

  it.each([["--outline", "henan"], ["--outline"]])("exits 2 for %s %s", async (...args) => {
    const t = io();
    expect(await run(["build", SAMPLE_PATH, ...args], t.cli)).toBe(2);
    expect(t.stderr()).toContain("提纲应为 hunan、hubei 或 guangdong");
    expect(t.written.size).toBe(0);
  });

  it("exits 2 when the file is not a workbook", async () => {
    const i = io();
    i.written.set("x.xlsx", "not a zip");
    expect(await run(["import", "x.xlsx"], i.cli)).toBe(2);
    expect(i.stderr()).toMatch(/^jixiao: x\.xlsx：不是可读取的 \.xlsx 工作簿/);
  });
});

describe("jixiao build: where it writes", () => {
  it.each([
    ["without --out", ["build", SAMPLE_PATH], /--out：缺少输出目录/],
    ["with an empty --out", ["build", SAMPLE_PATH, "--out", ""], /--out：输出目录不能为空/],
    ["with a blank --out", ["build", SAMPLE_PATH, "--out", "  "], /--out：输出目录不能为空/],
  ])("exits 2 %s, writing nothing", async (_what, argv, pattern) => {
    const t = io();
    expect(await run(argv, t.cli)).toBe(2);
    expect(t.stderr()).toMatch(pattern);
    expect(t.written.size).toBe(0);
  });

  it("keeps a workbook already in --out unless --force, and then carries its reviews over", async () => {
    const first = io();
    expect(await run(["build", SAMPLE_PATH, "--out", "o"], first.cli)).toBe(0);
    // A reviewer marks the error 已核实 in the workbook in the folder.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(first.written.get("o/workbook.xlsx") as unknown as ExcelJS.Buffer);
    const sheet = wb.getWorksheet("检查结果");
    sheet?.eachRow((row) => {
      if (String(row.getCell(10).value).startsWith("rate-mismatch@")) {
        row.getCell(8).value = "已说明";
        row.getCell(9).value = "原报告笔误";
      }
    });
    const reviewed = new Uint8Array(await wb.xlsx.writeBuffer());

    const again = io();
    again.written.set("o/workbook.xlsx", reviewed);
    expect(await run(["build", SAMPLE_PATH, "--out", "o"], again.cli)).toBe(2);
    expect(again.stderr()).toMatch(/o\/workbook\.xlsx.*--force/);
    expect(again.written.get("o/workbook.xlsx")).toBe(reviewed);

    expect(await run(["build", SAMPLE_PATH, "--out", "o", "--force"], again.cli)).toBe(0);
    expect(again.stdout()).toContain("已保留原工作簿“检查结果”中的 1 条处理状态和说明");
    const check = io();
    check.written.set("w.xlsx", again.written.get("o/workbook.xlsx") as Uint8Array);
    const { reviews } = importWorkbook(await readXlsxGrid(check.written.get("w.xlsx") as Uint8Array));
    expect([...reviews.values()].filter((r) => r.status === "已说明")).toEqual([
      { status: "已说明", note: "原报告笔误" },
    ]);
  }, 60_000);
});

describe("jixiao: what reaches the terminal", () => {
  it("shows control characters from the data escaped, never raw", async () => {
    const raw = baseDataset({
      fundTables: [fundTable([{ name: "甲\u001b[31m红\u009b2J\u202e", budget: "约10", used: "1" }])],
    });
    const t = io({ "c.json": JSON.stringify(raw) });
    await run(["check", "c.json"], t.cli);
    const out = t.stdout();
    // The loader took the escape (XML forbids it, a control-character finding says so); the C1
    // control and the bidirectional override are shown escaped.
    expect(out).toContain("甲[31m红\\u{9b}2J\\u{202e}");
    expect(out).toContain("control-character");
    expect([...out].filter((c) => ["\u001b", "\u009b", "\u202e"].includes(c))).toEqual([]);
  });

  it("names the file when its JSON is cut short", async () => {
    const t = io({ "cut.json": JSON.stringify(baseDataset()).slice(0, 60) });
    expect(await run(["check", "cut.json"], t.cli)).toBe(2);
    expect(t.stderr()).toMatch(/^jixiao: cut\.json：数据文件中（文件顶层）：不是有效的 JSON/);
  });

  it("reports a bug in one line with exit 3, the stack only with --debug", async () => {
    const t = io();
    // An error that is not one of ours (not a JixiaoError) from inside a command is a bug.
    const internal: CliIO = {
      ...t.cli,
      stdout: () => {
        throw new TypeError("x is not a function");
      },
    };
    const quiet = io();
    expect(await run(["check", SAMPLE_PATH], { ...internal, stderr: quiet.cli.stderr })).toBe(3);
    expect(quiet.stderr().trim().split("\n")).toHaveLength(1);
    expect(quiet.stderr()).toContain("内部错误：x is not a function");
    const loud = io();
    expect(await run(["check", SAMPLE_PATH, "--debug"], { ...internal, stderr: loud.cli.stderr })).toBe(3);
    expect(loud.stderr()).toMatch(/\n\s+at /);
  });
});

describe("jixiao import: what it could not read", () => {
  it("prints the importer's findings on stderr and exits 1 on an error one", async () => {
    const t = io();
    t.written.set(
      "e.xlsx",
      new Uint8Array(fs.readFileSync(path.join(__dirname, "../fixtures/edits/text-in-numbers.xlsx"))),
    );
    expect(await run(["import", "e.xlsx"], t.cli)).toBe(1);
    expect(JSON.parse(t.stdout()).unit.name).toBe("湖南省卫生健康委员会");
    expect(t.stderr()).toContain("基本信息”B9 单元格");
    expect(t.stderr()).toContain("三十五");
  });
});

describe("terminal tables", () => {
  it("counts CJK characters as two columns", () => {
    expect(displayWidth("级别")).toBe(4);
    expect(displayWidth("ab")).toBe(2);
    expect(displayWidth("【中医药】")).toBe(10);
  });

  it("aligns columns by display width", () => {
    const lines = renderTable([
      ["级别", "规则"],
      ["错误", "rate-mismatch"],
      ["info", "x"],
    ]);
    expect(lines).toEqual(["级别  规则", "错误  rate-mismatch", "info  x"]);
  });
});
