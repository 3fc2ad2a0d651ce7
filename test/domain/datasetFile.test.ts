/** A file picked as a dataset file: named for what it is when it is not one, never a JSON parser's English. */
import fc from "fast-check";
import * as fs from "node:fs";
import { readDatasetFile } from "../../src/domain";
import { DatasetError, InputFileError } from "../../src/errors";
import { readXlsxGrid, renderXlsx } from "../../src/renderers/xlsx";
import { buildWorkbookPlan } from "../../src/workbook";
import { checkDataset, loadDataset } from "../../src/domain";
import { SAMPLE_PATH, sampleRaw } from "../helpers/datasets";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("readDatasetFile", () => {
  it("reads a dataset file, with or without a byte-order mark", () => {
    const file = fs.readFileSync(SAMPLE_PATH);
    expect(readDatasetFile("sample.json", file).unit.name).toBe("湖南省卫生健康委员会");
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...file]);
    expect(readDatasetFile("sample.json", bom).unit.name).toBe("湖南省卫生健康委员会");
  });

  it("recognises a standard workbook (.xlsx) picked as a data file", async () => {
    const { model, findings } = checkDataset(loadDataset(sampleRaw()));
    const xlsx = await renderXlsx(buildWorkbookPlan(model, findings).plan);
    expect(() => readDatasetFile("湖南.xlsx", xlsx)).toThrow(InputFileError);
    expect(() => readDatasetFile("湖南.xlsx", xlsx)).toThrow(
      /^无法读取文件 湖南\.xlsx：这是 Excel 工作簿，不是数据文件/,
    );
    // The workbook itself is fine: the message says to open it in Excel instead.
    await expect(readXlsxGrid(xlsx)).resolves.toBeDefined();
  }, 60_000);

  it.each([
    ["报告.docx", [0x50, 0x4b, 3, 4, 0], /这是 Word 文档/],
    ["旧表.xls", [0xd0, 0xcf, 0x11, 0xe0, 0xa1], /这是旧版 Office 文件/],
    ["报告.pdf", [...bytes("%PDF-1.7\n")], /这是 PDF 文件/],
    ["图片.json", [0xff, 0xd8, 0xff, 0xe0, 0x80], /不是文字/],
    ["空.json", [...bytes("  \n")], /文件是空的/],
    ["findings.json", [...bytes('[{"rule":"rate-mismatch"}]')], /检查结果文件（findings\.json）/],
    ["说明.txt", [...bytes("Project data 2024")], /应为以“\{”开头的 JSON 文字/],
    ["截断.json", [...bytes('{"format":"jixiao-dataset","unit":{"name":"x"')], /不完整或有格式错误/],
    ["package.json", [...bytes('{"name":"jixiao-addin"}')], /其他程序的 JSON 文件/],
  ])("names %s for what it is", (name, content, message) => {
    let thrown: unknown;
    try {
      readDatasetFile(name, new Uint8Array(content));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputFileError);
    const text = (thrown as Error).message;
    expect(text).toMatch(message);
    expect(text).toContain(name);
    // Words only: no English of a JSON parser, no `undefined`.
    expect(text).not.toMatch(/Unexpected|JSON\.parse|undefined|token/);
  });

  it("leaves a dataset file that breaks the contract to the contract's error", () => {
    const raw = { ...sampleRaw(), unit: { ...sampleRaw().unit, level: "town" } };
    expect(() => readDatasetFile("bad.json", bytes(JSON.stringify(raw)))).toThrow(DatasetError);
  });

  it("gives a dataset or a typed error for any bytes, never anything else", () => {
    const sample = fs.readFileSync(SAMPLE_PATH);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 64 }),
          fc.string().map(bytes),
          // The sample cut or with a byte changed: truncated downloads, edited files.
          fc.nat({ max: sample.length }).map((n) => sample.subarray(0, n)),
          fc
            .tuple(fc.nat({ max: sample.length - 1 }), fc.integer({ min: 0, max: 255 }))
            .map(([at, b]) => Uint8Array.from(sample, (x, i) => (i === at ? b : x))),
        ),
        fc.constantFrom("a.json", "a.xlsx", "a.docx", "a"),
        (content, name) => {
          try {
            readDatasetFile(name, content);
          } catch (error) {
            if (!(error instanceof InputFileError) && !(error instanceof DatasetError)) throw error;
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
