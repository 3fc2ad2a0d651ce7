/** No space between Chinese and figures, as 公文 set them; other spaces kept. */
import fc from "fast-check";
import { hasCjkDigitSpace, tightenCjkSpacing } from "../../src/text/spacing";

describe("tightenCjkSpacing", () => {
  it.each([
    ["2024 年度", "2024年度"],
    ["得分 94.26 分", "得分94.26分"],
    ["元 ， 其 中 ：", "元 ， 其 中 ："],
    ["占 97.25% 。", "占97.25%。"],
    ["中部省份第 1。", "中部省份第1。"],
    ["达到 95%以上", "达到95%以上"],
    ["12/10 万以下和 0；", "12/10万以下和0；"],
    [
      "《中共中央 国务院关于全面实施预算绩效管理的意见》",
      "《中共中央 国务院关于全面实施预算绩效管理的意见》",
    ],
    ["Excel 2016", "Excel 2016"],
    ["“三公” 经费 2.00 万元", "“三公” 经费2.00万元"],
  ])("%s → %s", (input, output) => {
    expect(tightenCjkSpacing(input)).toBe(output);
  });

  it("property: leaves no space between Chinese and a digit, and changes nothing else", () => {
    const piece = fc.constantFrom(
      "年度",
      "万元",
      "94.26",
      "2024",
      " ",
      "  ",
      "，",
      "%",
      "分",
      "a",
      "中共中央",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        const tight = tightenCjkSpacing(text);
        expect(hasCjkDigitSpace(tight)).toBe(false);
        expect(tight.replace(/ /g, "")).toBe(text.replace(/ /g, ""));
        expect(tightenCjkSpacing(tight)).toBe(tight);
      }),
    );
  });
});
