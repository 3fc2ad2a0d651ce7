/**
 * The .docx package as Word reads it, for every outline on the sample and on the sparse
 * datasets: the styles the document uses carry no italic and no colour, the document defaults
 * are 仿宋_GB2312 三号 at 28 pt exact, odd and even pages have their own page-number footer, the
 * title is broken into its lines, and no ASCII space sits between a Chinese character and a digit
 * anywhere in document.xml.
 */
import JSZip from "jszip";
import { checkDataset, loadDataset, type OutlineId, type RawDataset } from "../../src/domain";
import { buildReportPlan } from "../../src/narrative";
import { breaksInLastParagraphs, renderDocx } from "../../src/renderers/docx";
import { hasCjkDigitSpace } from "../../src/text/spacing";
import { sampleRaw } from "../helpers/datasets";
import { guangdongCity, hubeiCounty, yiyangCity } from "../helpers/sparse";

interface Package {
  readonly document: string;
  readonly styles: string;
  readonly settings: string;
  readonly rels: string;
  readonly file: (name: string) => Promise<string>;
}

async function open(
  raw: RawDataset,
  outline: OutlineId,
): Promise<Package & { lines: readonly string[]; unit: string }> {
  const { model, findings } = checkDataset(loadDataset(raw));
  const plan = buildReportPlan(model, findings, { outline });
  const zip = await JSZip.loadAsync(await renderDocx(plan));
  const file = async (name: string) => (await zip.file(name)?.async("string")) ?? "";
  const title = plan.blocks[0];
  return {
    document: await file("word/document.xml"),
    styles: await file("word/styles.xml"),
    settings: await file("word/settings.xml"),
    rels: await file("word/_rels/document.xml.rels"),
    file,
    lines: title.kind === "title" ? title.lines : [],
    unit: model.dataset.unit.name,
  };
}

/** The XML of one style definition. */
const styleXml = (styles: string, id: string) =>
  new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`, "s").exec(styles)?.[0] ?? "";

/** The text of each paragraph (its runs joined), so a space split across runs is seen too. */
const paragraphTexts = (document: string) =>
  [...document.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""),
  );

describe.each([
  ["the sample", "hunan", sampleRaw],
  ["益阳市", "hunan", yiyangCity],
  ["the sample", "hubei", sampleRaw],
  ["a 湖北 county", "hubei", hubeiCounty],
  ["the sample", "guangdong", sampleRaw],
  ["a 广东 city", "guangdong", guangdongCity],
] as [string, OutlineId, () => RawDataset][])("the .docx of %s in the %s outline", (_name, outline, make) => {
  let pkg: Awaited<ReturnType<typeof open>>;
  // Rendering takes about a second; more on a busy machine.
  beforeAll(async () => {
    pkg = await open(make(), outline);
  }, 30_000);

  it("uses only heading styles of its own, with no italic and no colour", () => {
    const used = [...new Set([...pkg.document.matchAll(/<w:pStyle w:val="([^"]+)"\/>/g)].map((m) => m[1]))];
    expect(used.sort()).toEqual(
      ["Heading1", "Heading2", "Heading3", "Heading4", "Title"].filter((s) => used.includes(s)),
    );
    expect(used).toEqual(expect.arrayContaining(["Title", "Heading1", "Heading2"]));
    for (const id of used) {
      const xml = styleXml(pkg.styles, id);
      expect({ id, defined: xml !== "" }).toEqual({ id, defined: true });
      expect({ id, italic: /<w:i\/>|<w:i w:val="(true|1|on)"\/>|<w:iCs\/>/.test(xml) }).toEqual({
        id,
        italic: false,
      });
      expect({ id, colour: /<w:color /.test(xml) }).toEqual({ id, colour: false });
    }
    // Nor do the paragraphs themselves colour or italicise a heading.
    const headings = [
      ...pkg.document.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Heading\d"\/>.*?<\/w:p>/gs),
    ];
    expect(headings.length).toBeGreaterThan(0);
    for (const h of headings) expect(/<w:i\/>|<w:color /.test(h[0])).toBe(false);
  });

  it("has document defaults of 仿宋_GB2312 三号 at 28 pt exact", () => {
    const defaults = /<w:docDefaults>.*?<\/w:docDefaults>/s.exec(pkg.styles)?.[0] ?? "";
    expect(defaults).toContain('w:eastAsia="仿宋_GB2312"');
    expect(defaults).toContain('<w:sz w:val="32"/>');
    expect(defaults).toContain('<w:spacing w:line="560" w:lineRule="exact"/>');
  });

  it("numbers odd pages on the right and even pages on the left, — 1 — in 4号 宋体", async () => {
    expect(pkg.settings).toContain("<w:evenAndOddHeaders/>");
    const target = (type: string) => {
      const id = new RegExp(`<w:footerReference w:type="${type}" r:id="([^"]+)"/>`).exec(pkg.document)?.[1];
      return new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(pkg.rels)?.[1] ?? "";
    };
    const odd = await pkg.file(`word/${target("default")}`);
    const even = await pkg.file(`word/${target("even")}`);
    expect(odd).toContain('<w:ind w:right="280"/><w:jc w:val="right"/>');
    expect(even).toContain('<w:ind w:left="280"/><w:jc w:val="left"/>');
    for (const footer of [odd, even]) {
      expect(footer).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
      expect(footer).toContain('w:eastAsia="宋体"');
      expect(footer).toContain('<w:sz w:val="28"/>');
      expect(paragraphTexts(footer).join("")).toBe("—  —");
    }
  });

  it("breaks the title into its lines", () => {
    const title =
      /<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Title"\/>.*?<\/w:p>/s.exec(pkg.document)?.[0] ?? "";
    expect((title.match(/<w:br\/>/g) ?? []).length).toBe(pkg.lines.length - 1);
    expect(paragraphTexts(title)).toEqual([pkg.lines.join("")]);
  });

  it("has no ASCII space between a Chinese character and a digit in document.xml", () => {
    const texts = paragraphTexts(pkg.document);
    expect(texts.filter(hasCjkDigitSpace)).toEqual([]);
    // Nor inside or across the raw text nodes.
    expect(hasCjkDigitSpace(pkg.document.replace(/<[^>]+>/g, ""))).toBe(false);
  });

  it("ends with 附件说明 and the 落款, right-aligned the plan's characters in", () => {
    // The body is the first section, to the paragraph holding its properties (the forms are a
    // landscape section of their own after it).
    const body = pkg.document.slice(
      0,
      pkg.document.indexOf("</w:p>", pkg.document.indexOf("<w:sectPr>")) + 6,
    );
    const paragraphs = [...body.matchAll(/<w:p>.*?<\/w:p>/gs)].map((m) => m[0]);
    const texts = paragraphs.map((p) => paragraphTexts(p).join(""));
    const attachments = texts.findIndex((t) => t.startsWith("附件："));
    expect(attachments).toBeGreaterThan(0);
    // The text's last paragraph, 附件说明 and the unit's line stay on one page with the date.
    for (const p of paragraphs.slice(attachments - 1, -1)) expect(p).toContain("<w:keepNext/>");
    expect(paragraphs[attachments]).toMatch(
      /<w:spacing w:before="560" w:line="560" w:lineRule="exact"\/><w:ind w:left="\d+" w:hanging="\d+"\/>/,
    );
    expect(texts.at(-2)).toBe(pkg.unit);
    for (const p of paragraphs.slice(-2)) expect(p).toMatch(/<w:ind w:right="\d+"\/><w:jc w:val="right"\/>/);
    // The date's paragraph ends the section: no empty paragraph of its own for the break (a blank
    // line that could make a page of its own).
    expect(paragraphs.at(-1)).toContain("<w:sectPr>");
    expect(texts.at(-1)).not.toBe("");
  });
});

describe("the .docx of the sample carries the 自评表 after the body", () => {
  it("puts each form on a page of its own, 附件N then its title, as a table with merged header cells", async () => {
    const pkg = await open(sampleRaw(), "hunan");
    const sections = pkg.document.split("</w:sectPr>");
    expect(sections).toHaveLength(3);
    // The body on portrait A4, the forms on landscape A4 (its margins turned with the page), both
    // numbered odd/even.
    expect(sections[0]).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(sections[1]).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(sections[1]).toMatch(/<w:pgMar w:top="1587" w:right="1984" w:bottom="1474" w:left="2098"/);
    for (const section of sections.slice(0, 2))
      expect(section.match(/<w:footerReference w:type="(?:default|even)"/g)).toHaveLength(2);
    // Each page from its 附件N paragraph: the section starts the first, a page break each next
    // (split inside that paragraph's properties).
    const forms = sections[1].slice(0, sections[1].indexOf("<w:sectPr>"));
    const pages = forms.split("<w:pageBreakBefore/>").map((page, i) => (i ? `<w:p><w:pPr>${page}` : page));
    // 附件说明 lists the department's form and one per fund table: five pages.
    expect(pages).toHaveLength(5);
    const texts = paragraphTexts(pages[0]);
    expect(texts.slice(0, 2)).toEqual(["附件1", "2024年度部门整体支出绩效自评表"]);
    const table = /<w:tbl>.*?<\/w:tbl>/s.exec(pages[0])?.[0] ?? "";
    const rows = [...table.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map((m) => m[0]);
    // 单位名称 over two columns and the unit over six; 年度总体目标 over two rows (vMerge).
    expect(rows[0]).toMatch(/<w:gridSpan w:val="2"\/>.*单位名称.*<w:gridSpan w:val="6"\/>/s);
    expect(rows[1]).toMatch(/<w:vMerge w:val="restart"\/>.*年度总体目标/s);
    expect(rows[2]).toContain('<w:vMerge w:val="continue"/>');
    // 一级指标 投入 merged over its two indicators; the linked 公共卫生专项预算执行率 on 75.98 %.
    expect(table).toMatch(/<w:vMerge w:val="restart"\/>(?:(?!<\/w:tc>).)*投入/s);
    expect(table).toContain("75.98%");
    // 公共卫生专项's form states the table's reported total within 尾差, as the prose does
    // (docs/domain.md §2): 11,138.01, not the rows' 11,138.02; its rate and 得分 the engine's.
    expect(paragraphTexts(pages[1]).join("|")).toContain("年度资金总额|14,660.00||11,138.01|10|75.98%|7.60");
    expect(pages[1]).not.toContain("11,138.02");
    // 爱心助孕's form: 项目资金 with 执行率 52.88 % and its 10-point 得分 5.29.
    const ivf = pages[4];
    expect(paragraphTexts(ivf).slice(0, 2)).toEqual(["附件5", "2024年度项目支出绩效自评表（爱心助孕）"]);
    for (const figure of ["390.69", "206.61", "52.88%", "5.29", "222.69", "87.83"])
      expect(ivf).toContain(figure);
  }, 30_000);
});

describe("breaksInLastParagraphs", () => {
  const BREAK = '<w:p><w:pPr><w:sectPr><w:pgSz w:w="11906"/></w:sectPr></w:pPr></w:p>';
  it.each([
    [
      "into the last paragraph's own properties",
      `<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>日期</w:t></w:r></w:p>${BREAK}<w:p/>`,
      `<w:p><w:pPr><w:jc w:val="right"/><w:sectPr><w:pgSz w:w="11906"/></w:sectPr></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>日期</w:t></w:r></w:p><w:p/>`,
    ],
    [
      "into a paragraph without properties, given some",
      `<w:p w:rsidR="1"><w:r><w:t>日期</w:t></w:r></w:p>${BREAK}`,
      `<w:p w:rsidR="1"><w:pPr><w:sectPr><w:pgSz w:w="11906"/></w:sectPr></w:pPr><w:r><w:t>日期</w:t></w:r></w:p>`,
    ],
    [
      "not after a table (Word needs a paragraph there)",
      `<w:tbl></w:tbl>${BREAK}`,
      `<w:tbl></w:tbl>${BREAK}`,
    ],
    [
      "each of several",
      `<w:p><w:r><w:t>一</w:t></w:r></w:p>${BREAK}<w:p><w:r><w:t>二</w:t></w:r></w:p>${BREAK}`,
      `<w:p><w:pPr><w:sectPr><w:pgSz w:w="11906"/></w:sectPr></w:pPr><w:r><w:t>一</w:t></w:r></w:p>` +
        `<w:p><w:pPr><w:sectPr><w:pgSz w:w="11906"/></w:sectPr></w:pPr><w:r><w:t>二</w:t></w:r></w:p>`,
    ],
  ])("moves a section break %s", (_, xml, expected) => {
    expect(breaksInLastParagraphs(xml)).toBe(expected);
  });
});
