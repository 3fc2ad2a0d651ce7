/**
 * Reading an .xlsx someone hands us: a file that is not one, a zip bomb, a sheet far larger than a
 * standard one — each a typed WorkbookError before the file is read, never gigabytes of memory.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import JSZip from "jszip";
import { checkDataset, loadDataset } from "../../src/domain";
import { WorkbookError } from "../../src/errors";
import { CellCounter, readXlsxGrid, renderXlsx, XLSX_LIMITS } from "../../src/renderers/xlsx";
import { buildWorkbookPlan } from "../../src/workbook";
import { sampleRaw } from "../helpers/datasets";

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A one-sheet package around the given sheetData, compressed as hard as deflate goes. */
async function packageWith(sheetData: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0"?><workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="表1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
  );
  zip.file(
    "xl/worksheets/sheet1.xml",
    `<?xml version="1.0"?><worksheet xmlns="${NS}"><sheetData>${sheetData}</sheetData></worksheet>`,
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } });
}

async function refusal(promise: Promise<unknown>): Promise<WorkbookError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkbookError);
  return error as WorkbookError;
}

const sampleWorkbook = async (): Promise<Uint8Array> => {
  const { model, findings } = checkDataset(loadDataset(sampleRaw()));
  return renderXlsx(buildWorkbookPlan(model, findings).plan);
};

describe("CellCounter", () => {
  const tags = ['<c r="A1">', "<c>", "<c/>", '<x:c r="B2"/>', '<c\n  s="1">'];
  const noise = [
    '<col min="1"/>',
    "<cols>",
    "<cfRule>",
    "<v>1</v>",
    "</c>",
    '<row r="3">',
    "<c:chart/>",
    "文字",
  ];

  it("counts every cell tag once however the text is cut into chunks", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...tags), fc.constantFrom(...noise)), { maxLength: 60 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        (parts, cuts) => {
          const bytes = new TextEncoder().encode(parts.join(""));
          const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
          const counter = new CellCounter();
          let from = 0;
          for (const point of [...points, bytes.length]) {
            counter.add(bytes.subarray(from, point));
            from = point;
          }
          expect(counter.count).toBe(parts.filter((p) => tags.includes(p)).length);
        },
      ),
    );
  });
});

describe("readXlsxGrid refuses what is not a standard workbook, before reading it", () => {
  it("refuses bytes that are not a zip package", async () => {
    const error = await refusal(readXlsxGrid(new TextEncoder().encode("姓名,金额\n张三,1\n")));
    expect(error.message).toMatch(/^不是可读取的 \.xlsx 工作簿/);
  });

  it("refuses a zip bomb of repeated cells by counting them, in little memory", async () => {
    const row = `<row>${"<c><v>1</v></c>".repeat(25)}</row>`;
    const bomb = await packageWith(row.repeat(XLSX_LIMITS.cells / 25 + 1));
    expect(bomb.length).toBeLessThan(100_000); // a small file …
    const before = process.memoryUsage().rss;
    const error = await refusal(readXlsxGrid(bomb));
    expect(error.message).toContain("单元格超过 1,000,000 个");
    // … that exceljs would have needed over half a gigabyte to read; counting keeps what it unzips.
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  }, 60_000);

  it("counts a file's cells against the cell limit even when its sheets carry the add-in's marker", async () => {
    // Markers are only known once a file is parsed: the larger limit of a laid-out workbook is the
    // open workbook's (Office.js), never a file's.
    const bytes = await sampleWorkbook();
    const error = await refusal(
      readXlsxGrid(bytes, { ...XLSX_LIMITS, cells: 500, laidOutCells: Number.MAX_SAFE_INTEGER }),
    );
    expect(error.message).toContain("单元格超过 500 个");
  }, 30_000);

  it("refuses a package that unzips beyond the byte limit", async () => {
    const bytes = await sampleWorkbook();
    const error = await refusal(readXlsxGrid(bytes, { ...XLSX_LIMITS, unzippedBytes: 64 * 1024 }));
    expect(error.message).toContain("解压后超过 1 MB");
  }, 30_000);

  it("reads the standard workbook under the limits", async () => {
    const grid = await readXlsxGrid(await sampleWorkbook());
    expect(grid.sheets.map((s) => s.name)).toContain("基本信息");
  }, 30_000);

  it("reads a sheet whose last cell is far below its table (rows are not what costs memory)", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await sampleWorkbook()) as unknown as ExcelJS.Buffer);
    const info = wb.getWorksheet("基本信息");
    if (!info) throw new Error("no 基本信息");
    info.getCell("C1048576").value = "误填";
    const grid = await readXlsxGrid(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(grid.sheets.find((s) => s.name === "基本信息")?.cells.length).toBe(1_048_576);
  }, 30_000);
});
