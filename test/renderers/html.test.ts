/** The report as HTML for the clipboard fallback: structure kept, user text escaped. */
import { checkDataset, loadDataset } from "../../src/domain";
import { buildReportPlan } from "../../src/narrative";
import { escapeHtml, renderHtml } from "../../src/renderers/html";
import { baseDataset, sampleRaw } from "../helpers/datasets";

describe("renderHtml", () => {
  it("keeps headings, indented paragraphs and tables with merged cells", () => {
    const { model, findings } = checkDataset(loadDataset(sampleRaw()));
    const html = renderHtml(buildReportPlan(model, findings));
    expect(html).toContain(">2024年度湖南省卫生健康委员会<br>部门整体支出绩效自评报告</h1>");
    expect(html).toMatch(/<h2 style="[^"]*'黑体'[^"]*">一、基本情况<\/h2>/);
    expect(html).toContain(
      '<td rowspan="14" style="border:1px solid #000;padding:2pt 4pt;text-align:center;',
    );
    expect(html).toContain(">医疗服务与保障能力提升</td>");
    expect(html).toContain("text-indent:2em");
    expect((html.match(/<table /g) ?? []).length).toBe(3);
    expect(html).toContain('padding-left:6em;text-indent:-4em">附件：1.2024年度部门整体支出绩效自评表</p>');
    expect(html).toContain('text-align:right;padding-right:4em">湖南省卫生健康委员会</p>');
    expect(html).toContain('text-align:right;padding-right:2em;background:#ffff00">【待补充：成文日期】</p>');
    expect(html).toContain('<span style="background:#ffff00">【待补充：偏差原因】</span>');
  });

  it("never inserts user text as markup", () => {
    const raw = baseDataset({ narrative: { other: '<script>alert("x")</script> & <b>粗</b>' } });
    const { model, findings } = checkDataset(loadDataset(raw));
    const html = renderHtml(buildReportPlan(model, findings));
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;粗&lt;/b&gt;");
  });

  it.each([
    ["a<b", "a&lt;b"],
    ["\"'", "&quot;&#39;"],
    ["甲&乙", "甲&amp;乙"],
  ])("escapes %s", (input, expected) => expect(escapeHtml(input)).toBe(expected));
});
