/**
 * Breaking a title into lines (GB/T 9704 §7.3.3): at word boundaries as `Intl.Segmenter` finds
 * them, never inside one of the domain's fixed terms it splits (委员|会, 自|评), at most three
 * lines, in a 梯形 or 菱形 shape.
 */
import fc from "fast-check";
import { reportText as R } from "../../src/i18n";
import { GB9704, titleBlock, titleLineChars } from "../../src/narrative";
import { breakTitle, isTitleShape, titleTokens, titleWidth } from "../../src/text/titleLines";

const terms = R.titleTerms;
const maxChars = titleLineChars(GB9704);

/** The offsets where Intl.Segmenter puts a word boundary. */
function wordBoundaries(text: string): Set<number> {
  const segmenter = new Intl.Segmenter("zh", { granularity: "word" });
  return new Set([...segmenter.segment(text)].map((s) => s.index));
}

/** Where each line after the first starts, in the title. */
function breaksOf(lines: readonly string[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const line of lines.slice(0, -1)) out.push((at += line.length));
  return out;
}

/** Every reason a line ends inside a word. */
function brokenWords(title: string, lines: readonly string[]): string[] {
  const words = wordBoundaries(title);
  const problems: string[] = [];
  for (const b of breaksOf(lines)) {
    if (!words.has(b)) problems.push(`${title.slice(0, b)}|${title.slice(b)}: not a word boundary`);
    for (const term of terms)
      for (let at = title.indexOf(term); at >= 0; at = title.indexOf(term, at + 1))
        if (b > at && b < at + term.length)
          problems.push(`${title.slice(0, b)}|${title.slice(b)}: inside ${term}`);
    // A lone character the segmenter split off (益|阳|市, 测试|县) stays with its word: no line
    // starts with a lone suffix (市, 县, 局, 会 …) and none ends between two lone characters
    // unless the first is such a suffix (台山市|十堰市).
    const lone = (k: number) => words.has(k) && words.has(k + 1) && /\p{Script=Han}/u.test(title[k]);
    if (lone(b) && /[省市县区局州会]/.test(title[b]))
      problems.push(`…|${title.slice(b)}: starts with a lone ${title[b]}`);
    if (lone(b - 1) && lone(b) && !/[省市县区局州会]/.test(title[b - 1]))
      problems.push(`${title.slice(0, b)}|${title.slice(b)}: between lone characters`);
  }
  return problems;
}

describe("breakTitle", () => {
  it("sees Intl.Segmenter split the domain's terms (which is why the list exists)", () => {
    const words = (t: string) =>
      [...new Intl.Segmenter("zh", { granularity: "word" }).segment(t)].map((s) => s.segment);
    expect(words("卫生健康委员会自评报告")).toEqual(["卫生", "健康", "委员", "会", "自", "评", "报告"]);
    expect(titleTokens("卫生健康委员会自评报告", terms)).toEqual(["卫生健康", "委员会", "自评", "报告"]);
    expect(titleTokens("2024年度湖南省卫生健康委员会部门整体支出绩效自评报告", terms)).toEqual([
      "2024年度",
      "湖南省",
      "卫生健康",
      "委员会",
      "部门整体支出",
      "绩效",
      "自评",
      "报告",
    ]);
  });

  it.each([
    ["湖南省卫生健康委员会", ["2024年度湖南省卫生健康委员会", "部门整体支出绩效自评报告"]],
    ["益阳市卫生健康委员会", ["2024年度益阳市卫生健康委员会", "部门整体支出绩效自评报告"]],
    ["郧西县卫生健康局", ["2024年度郧西县卫生健康局", "部门整体支出绩效自评报告"]],
    ["广州市番禺区卫生健康局", ["2024年度广州市番禺区卫生健康局", "部门整体支出绩效自评报告"]],
    [
      "中共湖南省委机构编制委员会办公室",
      ["2024年度中共湖南省委", "机构编制委员会办公室", "部门整体支出绩效自评报告"],
    ],
    ["湖南省人民政府发展研究中心", ["2024年度湖南省人民政府发展研究中心", "部门整体支出绩效自评报告"]],
  ])("breaks the title of %s after the unit's name, at most 3 lines", (unit, lines) => {
    const block = titleBlock(2024, unit);
    expect(block.lines).toEqual(lines);
    expect(brokenWords(block.text, block.lines)).toEqual([]);
    expect(block.lines.every((l) => titleWidth(l) <= maxChars)).toBe(true);
    expect(isTitleShape(block.lines.map(titleWidth))).toBe(true);
  });

  it("keeps the title whole where there is no word segmenter", () => {
    const segmenter = Intl.Segmenter;
    try {
      (Intl as { Segmenter?: unknown }).Segmenter = undefined;
      expect(breakTitle("2024年度湖南省卫生健康委员会部门整体支出绩效自评报告", { maxChars: 18 })).toEqual([
        "2024年度湖南省卫生健康委员会部门整体支出绩效自评报告",
      ]);
    } finally {
      (Intl as { Segmenter?: unknown }).Segmenter = segmenter;
    }
  });

  it("keeps a short title on one line", () => {
    expect(breakTitle("关于2024年度工作的报告", { maxChars: 18 })).toEqual(["关于2024年度工作的报告"]);
  });

  it("never ends a line inside a word, for titles of units as their names come", () => {
    const places = [
      "湖南省",
      "益阳市",
      "资阳区",
      "郧西县",
      "广州市番禺区",
      "台山市",
      "十堰市郧阳区",
      "湘西土家族苗族自治州",
    ];
    const bodies = [
      "卫生健康委员会",
      "卫生健康局",
      "中医药管理局",
      "疾病预防控制中心",
      "妇幼保健院",
      "人民政府办公室",
      "机构编制委员会办公室",
      "爱国卫生运动委员会办公室",
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 2018, max: 2030 }),
        fc.array(fc.constantFrom(...places), { minLength: 1, maxLength: 2 }),
        fc.constantFrom(...bodies),
        (year, place, body) => {
          const block = titleBlock(year, `${place.join("")}${body}`);
          expect(block.lines.join("")).toBe(block.text);
          expect(block.lines.length).toBeLessThanOrEqual(3);
          expect(brokenWords(block.text, block.lines)).toEqual([]);
          if (block.lines.every((l) => titleWidth(l) <= maxChars))
            expect(isTitleShape(block.lines.map(titleWidth))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    [[10, 12], true],
    [[12, 10], true],
    [[8, 10, 12], true],
    [[8, 12, 6], true],
    [[12, 6, 12], false],
  ])("%p is a 梯形 or 菱形: %p", (widths, shape) => {
    expect(isTitleShape(widths)).toBe(shape);
  });
});
