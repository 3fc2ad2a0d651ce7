/**
 * Finding figures in text: a number with its unit, read by the number policy, in every shape real
 * reports and their PDF conversions have — and nothing that is not a figure.
 */
import fc from "fast-check";
import { Dec, parseProseNumber } from "../../src/domain";
import { cellFigure, findFigures } from "../../src/reportcheck";

const one = (text: string) => {
  const found = findFigures(text);
  expect(found).toHaveLength(1);
  return found[0];
};

describe("findFigures", () => {
  it.each([
    ["项目支出收入 125,651.43 万元。", "125651.43", "万元", "amount", 2],
    ["2024 年度公共卫生专项预算资金 14,660 万元，", "14660", "万元", "amount", 0],
    ["基本支出结转 0 万元、", "0", "万元", "amount", 0],
    ["本年收入 １２５，６５１．４４ 万元", "125651.44", "万元", "amount", 2],
    ["本年收入 125, 651. 44 万元（PDF 转换留下的空格）", "125651.44", "万元", "amount", 2],
    ["本年收入 125 ,651 .44万元", "125651.44", "万元", "amount", 2],
    ["中医药全产业链产值超 1500 亿元。", "15000000", "亿元", "amount", 0],
    ["财政拨款收入 28.06 亿元", "280600", "亿元", "amount", 2],
    ["人均 557.5 元", "0.05575", "元", "amount", 1],
    ["完成预算的 96.95%。", "96.95", "%", "rate", 2],
    ["完成预算的 100%；", "100", "%", "rate", 0],
    ["到位率 98.76％", "98.76", "%", "rate", 2],
    ["较上年变动 -9.66%。", "-9.66", "%", "rate", 2],
    ["编制数为 29,664 人，", "29664", "人", "count", 0],
    ["公务用车保有量为 45辆。", "45", "辆", "count", 0],
    ["全年公务接待人数 660 人次，", "660", "人次", "count", 0],
    ["接待批次 119 批次", "119", "批次", "count", 0],
    ["团组数 6 个", "6", "个", "count", 0],
    ["自评得分 95.26 分", "95.26", "分", "score", 2],
    ["新建普惠性托位 4.12 万个", "4.12", "万个", "count", 2],
  ])("%s → %s %s", (text, value, unit, kind, decimals) => {
    const f = one(text);
    expect(f.value.eq(new Dec(value))).toBe(true);
    expect(f).toMatchObject({ unit, kind });
    expect(f.number.decimals).toBe(decimals);
  });

  it.each([
    ["a year", "2024 年度部门整体支出"],
    ["a document number", "（中发〔2018〕34 号）"],
    ["minutes", "培训 20 分钟"],
    ["percentage points", "提高 0.5 个百分点"],
    ["months", "实施期 3 个月"],
    ["a count in 万 without its unit", "出动医疗卫生人员 3.1万余人次"],
    ["万 without 元", "项目建设（180万）"],
    ["grouping not by three", "本年收入 12,3456 万元"],
    ["a range", "2022-2024 年"],
    ["a bare number", "详见附件 3-1、2、3"],
  ])("%s is no figure: %s", (_, text) => {
    expect(findFigures(text)).toEqual([]);
  });

  it("reads several figures of a sentence in order, with where each is", () => {
    const text = "公务接待费支出全年预算数为 7.1万元，支出决算为 6.9 万元，完成预算的 97.18%；";
    const found = findFigures(text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(["7.1万元", "6.9 万元", "97.18%"]);
  });

  it.each([
    ["1,034.21", "万元", "1034.21"],
    ["97.44%", "%", "97.44"],
    [" 3653.01 ", "万元", "3653.01"],
    ["１００.００％", "%", "100.00"],
    ["1,034\n.21", "万元", "1034.21"],
  ])("a table cell %j in a %s column", (text, unit, value) => {
    expect(cellFigure(text, unit)?.value.eq(new Dec(value))).toBe(true);
  });

  it.each(["-", "—", "", "小计", "约 50", "12320运行经费"])("a table cell %j holds no figure", (text) => {
    expect(cellFigure(text, "万元")).toBeNull();
  });
});

/** The digits of a decimal text in full width. */
const fullWidth = (s: string) =>
  s.replace(/[0-9.,]/g, (c) =>
    c === "." ? "．" : c === "," ? "，" : String.fromCharCode(c.charCodeAt(0) + 0xfee0),
  );
const grouped = (s: string) => s.replace(/\B(?=(\d{3})+(?!\d))/g, ",");

describe("the figure parser (property)", () => {
  /** An amount in 万元 as a report may write it, with its exact value. */
  const written = fc
    .record({
      cents: fc.bigInt({ min: 0n, max: 100_000_000_000n }),
      decimals: fc.constantFrom(0, 1, 2),
      group: fc.boolean(),
      full: fc.boolean(),
      spaces: fc.constantFrom("", " ", "  ", "\u3000"),
      unitSpace: fc.constantFrom("", " "),
      yi: fc.boolean(),
    })
    .map(({ cents, decimals, group, full, spaces, unitSpace, yi }) => {
      const exact = new Dec(cents.toString()).div(100).toDecimalPlaces(decimals);
      const [int, frac] = exact.toFixed(decimals).split(".");
      let text = (group ? grouped(int) : int) + (frac !== undefined ? `.${frac}` : "");
      // PDF conversion: spaces around the separators.
      text = text.replace(/([,.])/g, `${spaces}$1${spaces}`);
      if (full) text = fullWidth(text);
      const unit = yi ? "亿元" : "万元";
      return { text: `${text}${unitSpace}${unit}`, value: yi ? exact.times(10000) : exact };
    });
  const prose = fc.constantFrom("本年收入", "，其中：项目支出 ", "预算执行率为", "资金实际到位数为 ", "");
  const after = fc.constantFrom("。", "，实际使用", "；", "");

  it("reads every written amount back to its exact value, whatever the shape", () => {
    fc.assert(
      fc.property(prose, written, after, (before, w, end) => {
        const found = findFigures(`${before}${w.text}${end}`);
        expect(found).toHaveLength(1);
        expect(found[0].value.eq(w.value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws on any text, and every figure it finds is the number policy's reading of its digits", () => {
    const chars = fc.constantFrom(..."0123456789０１２３,，.．%％ 万亿元人个辆分次批-收入支出预算。，\u3000");
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 40 }).map((cs) => cs.join("")),
        (text) => {
          for (const f of findFigures(text)) {
            const n = parseProseNumber(f.numberText);
            expect(n.value?.eq(f.number.value ?? new Dec(NaN))).toBe(true);
            expect(text.slice(f.start, f.end)).toContain(f.unit === "%" ? "" : f.unit);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});
