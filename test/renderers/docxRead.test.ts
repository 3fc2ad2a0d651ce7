/**
 * Reading a .docx back as text: runs joined, tracked changes as Word shows them, tables by grid
 * column, paragraphs numbered as Word counts them; the project's own report read back whole.
 */
import JSZip from "jszip";
import { DOCX_LIMITS, readDocumentXml, readDocx } from "../../src/renderers/docxRead";
import { DocumentError } from "../../src/errors";
import { errorText } from "../../src/i18n";
import { renderDocx } from "../../src/renderers/docx";
import { reportText } from "../../src/narrative";
import { reportOf } from "../helpers/reportEdits";
import { sampleRaw } from "../helpers/datasets";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const doc = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
const p = (...runs: string[]) => `<w:p><w:pPr><w:jc w:val="both"/></w:pPr>${runs.join("")}</w:p>`;
const r = (text: string) => `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
const tc = (text: string, props = "") => `<w:tc><w:tcPr>${props}</w:tcPr>${p(r(text))}</w:tc>`;

describe("readDocumentXml", () => {
  it("joins a paragraph's runs, keeps spaces and the digits as written (0.50 stays 0.50)", () => {
    const content = readDocumentXml(doc(p(r("本年收入 "), r("125,6"), r("51.44 万元，"), r("执行率 0.50%"))));
    expect(content.blocks).toEqual([
      { kind: "paragraph", paragraph: 1, text: "本年收入 125,651.44 万元，执行率 0.50%" },
    ]);
  });

  it("reads tracked changes as Word shows them: insertions in, deletions out; no field codes", () => {
    const xml = doc(
      p(
        r("实际到位 "),
        `<w:del w:id="1" w:author="a"><w:r><w:delText>14,478.49</w:delText></w:r></w:del>`,
        `<w:ins w:id="2" w:author="a"><w:r><w:t>14,487.49</w:t></w:r></w:ins>`,
        r(" 万元"),
        `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>`,
      ),
    );
    expect(readDocumentXml(xml).blocks[0]).toMatchObject({ text: "实际到位 14,487.49 万元" });
  });

  it("reads tabs and line breaks, hyperlinks and content controls", () => {
    const xml = doc(
      `<w:sdt><w:sdtContent>${p(r("项目支出"), "<w:r><w:br/></w:r>", r("119,191.42万元"))}</w:sdtContent></w:sdt>` +
        p(`<w:hyperlink r:id="x">${r("附件")}</w:hyperlink>`, "<w:r><w:tab/></w:r>", r("1")),
    );
    expect(readDocumentXml(xml).blocks.map((b) => (b.kind === "paragraph" ? b.text : ""))).toEqual([
      "项目支出\n119,191.42万元",
      "附件\t1",
    ]);
  });

  it("reads tables by grid column (merged cells), numbering their paragraphs in order", () => {
    const xml = doc(
      p(r("单位：万元")) +
        "<w:tbl>" +
        `<w:tr>${tc("项目大类")}${tc("项目名称")}${tc("预算批复情况")}</w:tr>` +
        `<w:tr>${tc("医疗服务", '<w:vMerge w:val="restart"/>')}${tc("对口支援经费")}${tc("195.00")}</w:tr>` +
        `<w:tr>${tc("", "<w:vMerge/>")}${tc("小计")}${tc("5,958.00")}</w:tr>` +
        `<w:tr>${tc("合计", '<w:gridSpan w:val="2"/>')}${tc("14,660.00")}</w:tr>` +
        "</w:tbl>" +
        p(r("之后的段落")),
    );
    const [note, table, after] = readDocumentXml(xml).blocks;
    expect(note).toEqual({ kind: "paragraph", paragraph: 1, text: "单位：万元" });
    if (table.kind !== "table") throw new Error("a table");
    expect(table.table).toBe(1);
    expect(table.rows[2].cells.map((c) => [c.text, c.column, c.merged])).toEqual([
      ["", 0, true],
      ["小计", 1, false],
      ["5,958.00", 2, false],
    ]);
    expect(table.rows[3].cells.map((c) => [c.text, c.column, c.span])).toEqual([
      ["合计", 0, 2],
      ["14,660.00", 2, 1],
    ]);
    // 1 paragraph before, 11 cells, then the next paragraph: Word's count.
    expect(table.rows[0].cells[0].paragraph).toBe(2);
    expect(after).toEqual({ kind: "paragraph", paragraph: 13, text: "之后的段落" });
  });
});

describe("readDocx", () => {
  it("reads the report this project writes back to the same text", async () => {
    const { plan } = reportOf(sampleRaw());
    const content = await readDocx(await renderDocx(plan));
    const text = content.blocks
      .flatMap((b) =>
        b.kind === "paragraph"
          ? [b.text.replace(/\n/gu, "")]
          : b.rows.map((row) =>
              row.cells
                .filter((c) => !c.merged)
                .map((c) => c.text)
                .join("\t"),
            ),
      )
      .join("\n");
    // The plan's text lists a merged group cell once, on its first row: so does the .docx. The
    // title's lines (broken at word boundaries) are one paragraph, its line breaks read as \n.
    expect(text).toBe(reportText(plan, "all"));
  });

  it("finds the main part through the package's relationships", async () => {
    const zip = new JSZip();
    zip.file(
      "_rels/.rels",
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>`,
    );
    zip.file("word/document2.xml", doc(p(r("正文在 document2.xml"))));
    const content = await readDocx(await zip.generateAsync({ type: "uint8array" }));
    expect(content.blocks).toEqual([{ kind: "paragraph", paragraph: 1, text: "正文在 document2.xml" }]);
  });

  it("refuses bytes that are no Word document", async () => {
    await expect(readDocx(new TextEncoder().encode("not a zip"))).rejects.toThrow();
    const zip = new JSZip();
    zip.file("hello.txt", "hi");
    await expect(readDocx(await zip.generateAsync({ type: "uint8array" }))).rejects.toThrow(
      "word/document.xml",
    );
  });

  it("refuses a part that unzips beyond the limit, counting as it unzips (the zip's sizes are not trusted)", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", doc(p(r("正文"))).replace("<w:body>", `<w:body>${"<w:p/>".repeat(2_000)}`));
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    await expect(readDocx(bytes, { partBytes: 10_000 })).rejects.toThrow(
      new DocumentError(errorText.document.tooLarge("word/document.xml", 1)),
    );
    // Under the limit the same document reads: the refusal is the limit's, not the content's.
    const read = await readDocx(bytes, { partBytes: 20_000 });
    expect(read.blocks.at(-1)).toMatchObject({ kind: "paragraph", text: "正文" });
  });

  it("refuses package relationships that unzip beyond the limit", async () => {
    const zip = new JSZip();
    zip.file("_rels/.rels", `<Relationships>${" ".repeat(20_000)}</Relationships>`);
    zip.file("word/document.xml", doc(p(r("正文"))));
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    await expect(readDocx(bytes, { partBytes: 10_000 })).rejects.toBeInstanceOf(DocumentError);
    expect(DOCX_LIMITS.partBytes).toBe(32 * 1024 * 1024);
  });
});
