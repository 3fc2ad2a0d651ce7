import fc from "fast-check";
import { NumberParseError } from "../../src/errors";
import {
  Dec,
  formatAmount,
  formatFigure,
  formatRate,
  matchesAtPrecision,
  parseNum,
  percentBelow,
  percentMatches,
  readNum,
  round,
  sumTolerance,
} from "../../src/domain/numbers";
import { FigureUnit } from "../../src/domain/findings";

describe("parseNum: accepted forms (DOMAIN §2)", () => {
  it.each([
    [123, "123", 0, false],
    [96.95, "96.95", 2, false],
    [425.165, "425.165", 3, false],
    ["280,620.28", "280620.28", 2, false],
    ["1,234,567", "1234567", 0, false],
    ["１２３", "123", 0, false],
    ["１２３．４５", "123.45", 2, false],
    ["２８０，６２０．２８", "280620.28", 2, false],
    ["96.95%", "96.95", 2, true],
    ["96.95 %", "96.95", 2, true],
    ["９６．９５％", "96.95", 2, true],
    ["  14660.00  ", "14660", 2, false],
    ["\u300014660.00\u3000", "14660", 2, false],
    ["100", "100", 0, false],
    ["13.3", "13.3", 1, false],
    ["0.00", "0", 2, false],
    ["-12.50", "-12.5", 2, false],
    ["−12.50", "-12.5", 2, false],
    ["－１２", "-12", 0, false],
    ["425.165", "425.165", 3, false],
  ])("%p → %s with %i decimals (percent %p)", (input, value, decimals, percent) => {
    const cell = parseNum(input);
    expect(cell.kind).toBe("number");
    expect(cell.value?.toString()).toBe(value);
    expect(cell.decimals).toBe(decimals);
    expect(cell.percent).toBe(percent);
    expect(cell.source).toBe(input);
  });

  it.each(["-", "—", "——", "–", "－", "−", " - "])("%p is a dash: nil, kept as a dash", (input) => {
    const cell = parseNum(input);
    expect(cell.kind).toBe("dash");
    expect(cell.value).toBeNull();
    expect(cell.source).toBe(input);
  });

  it.each(["", "   ", "\u3000"])("%p is blank", (input) => {
    expect(parseNum(input).kind).toBe("blank");
  });
});

describe("parseNum: rejected forms are never guessed", () => {
  it.each([
    ["完成", "含有非数字字符"],
    ["约300", "含有非数字字符"],
    ["300万", "含有非数字字符"],
    ["1,23", "千分位分隔符位置不对"],
    ["12,3456.00", "千分位分隔符位置不对"],
    ["1,2,3", "千分位分隔符位置不对"],
    [".5", "数字格式不规范"],
    ["5.", "数字格式不规范"],
    ["1.2.3", "数字格式不规范"],
    ["1 234", "含有非数字字符"],
    ["+5", "含有非数字字符"],
    ["1e5", "含有非数字字符"],
    ["%", "含有非数字字符"],
    ["--5", "含有非数字字符"],
  ])("%p is rejected (%s)", (input, reason) => {
    expect(() => parseNum(input, ["fundTables", 0, "rows", 1, "used"])).toThrow(NumberParseError);
    try {
      parseNum(input, ["fundTables", 0, "rows", 1, "used"]);
    } catch (error) {
      const e = error as NumberParseError;
      expect(e.reason).toBe(reason);
      expect(e.message).toContain("fundTables[0].rows[1].used");
      expect(e.message).toContain(JSON.stringify(input));
    }
  });

  it.each([[Number.NaN], [Number.POSITIVE_INFINITY], [true], [null], [{}], [[1]]])(
    "%p is rejected",
    (input) => {
      expect(() => parseNum(input)).toThrow(NumberParseError);
    },
  );

  it("readNum keeps rejected text as an invalid cell instead of throwing", () => {
    const cell = readNum("约300");
    expect(cell.kind).toBe("invalid");
    expect(cell.value).toBeNull();
    expect(cell.source).toBe("约300");
    expect(cell.problem).toBe("含有非数字字符");
  });

  it("property: parsing any string or number throws nothing but NumberParseError", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.double(), fc.integer(), fc.anything()),
        (input) => {
          try {
            const cell = parseNum(input);
            expect(["number", "dash", "blank"]).toContain(cell.kind);
            expect(typeof input === "number" || typeof input === "string").toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(NumberParseError);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("property: numeric-looking strings built from digits, separators and % never throw anything else", () => {
    const alphabet = fc.constantFrom(..."0123456789,.%-—０１２３４５６７８９，．％ 　约");
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 14 }).map((cs) => cs.join("")),
        (input) => {
          try {
            parseNum(input);
          } catch (error) {
            expect(error).toBeInstanceOf(NumberParseError);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("property: a formatted amount parses back to the same value", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }), (cents) => {
        const value = new Dec(cents.toString()).div(100);
        expect(parseNum(formatAmount(value)).value?.eq(value)).toBe(true);
      }),
    );
  });
});

describe("rounding is 四舍五入 (ROUND_HALF_UP), never banker's", () => {
  it.each([
    ["87.405", "87.41"],
    ["2.3565", "2.36"],
    ["0.125", "0.13"],
    ["0.135", "0.14"],
    ["-0.125", "-0.13"],
    ["45.6144", "45.61"],
  ])("%s → %s", (input, expected) => {
    expect(round(new Dec(input)).toFixed(2)).toBe(expected);
  });

  it("174.81 / 200 = 87.405% → 87.41%", () => {
    expect(formatRate(new Dec("174.81").div(200).times(100))).toBe("87.41%");
  });

  it("Dec divides with enough precision for 100,000-row sums", () => {
    expect(new Dec(1).div(3).times(3).toFixed(20)).toBe("1.00000000000000000000");
  });
});

describe("formatting for prose and tables", () => {
  it.each([
    ["14660", "14,660.00"],
    ["280620.28", "280,620.28"],
    ["0", "0.00"],
    ["999.995", "1,000.00"],
    ["-1234.5", "-1,234.50"],
    ["7.1", "7.10"],
    ["1234567.891", "1,234,567.89"],
  ])("formatAmount(%s) = %s", (input, expected) => {
    expect(formatAmount(new Dec(input))).toBe(expected);
  });

  it.each([
    ["96.95", "96.95%"],
    ["100", "100.00%"],
    ["96.9548", "96.95%"],
    ["0", "0.00%"],
  ])("formatRate(%s) = %s", (input, expected) => {
    expect(formatRate(new Dec(input))).toBe(expected);
  });
});

describe("comparison at the reported precision", () => {
  it.each([
    ["13.3", "13.307", true],
    ["43.46", "73.45", false],
    ["45.62", "45.6145", false],
    ["45.61", "45.6145", true],
    ["87.41", "87.405", true],
    ["100", "99.5", true],
    ["100", "99.49", false],
    ["100.00", "99.996", true],
    ["0.00", "0", true],
  ])("reported %s vs computed %s → %p", (reported, computed, same) => {
    expect(matchesAtPrecision(parseNum(reported), new Dec(computed))).toBe(same);
  });

  it("a dash or blank never matches", () => {
    expect(matchesAtPrecision(parseNum("-"), new Dec(0))).toBe(false);
  });

  it.each([
    [1, "0.005"],
    [3, "0.015"],
    [23, "0.115"],
  ])("tolerance for %i parts is %s", (n, tol) => {
    expect(sumTolerance(n).toString()).toBe(tol);
  });
});

describe("division-free comparisons agree with dividing", () => {
  const cents = fc.bigInt({ min: 0n, max: 10n ** 11n }).map((c) => new Dec(c.toString()).div(100));
  const signedCents = fc
    .bigInt({ min: -(10n ** 9n), max: 10n ** 9n })
    .map((c) => new Dec(c.toString()).div(100));

  it("percentMatches(reported, a, b) ⇔ matchesAtPrecision(reported, a ÷ b × 100)", () => {
    fc.assert(
      fc.property(
        signedCents,
        cents,
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: -2, max: 2 }),
        (a, b, d, nudge) => {
          fc.pre(!b.isZero());
          const exact = a.div(b).times(100);
          // Reported values at and around the correctly rounded one, at precision d.
          const step = new Dec(10).pow(-d);
          const reported = parseNum(round(exact, d).plus(step.times(nudge)).toFixed(d));
          expect(percentMatches(reported, a, b)).toBe(matchesAtPrecision(reported, exact));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it.each([
    ["87.41", "174.81", "200", true],
    ["87.40", "174.81", "200", false],
    ["45.61", "37.86", "83", true],
    ["45.62", "37.86", "83", false],
    ["13.3", "133.07", "1000", true],
    ["100", "99.5", "100", true],
    ["0", "0", "100", true],
    ["1", "1", "0", false],
  ])("percentMatches(%s, %s, %s) = %p", (reported, a, b, same) => {
    expect(percentMatches(parseNum(reported), new Dec(a), new Dec(b))).toBe(same);
  });

  it("percentBelow(a, b, T) ⇔ round(a ÷ b × 100, 2) < T", () => {
    fc.assert(
      fc.property(
        signedCents,
        cents,
        fc.integer({ min: 0, max: 10000 }),
        fc.integer({ min: 0, max: 3 }),
        (a, b, t, d) => {
          fc.pre(!b.isZero());
          const threshold = new Dec(t).div(new Dec(10).pow(d));
          expect(percentBelow(a, b, threshold)).toBe(round(a.div(b).times(100)).lt(threshold));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it.each([
    ["59.99", "100", "60", true],
    ["60", "100", "60", false],
    ["119.99", "200", "60", false],
    ["0", "500", "60", true],
    ["1", "0", "60", false],
  ])("percentBelow(%s, %s, %s) = %p", (a, b, t, below) => {
    expect(percentBelow(new Dec(a), new Dec(b), new Dec(t))).toBe(below);
  });
});

describe("formatFigure", () => {
  it.each([
    ["45.62", FigureUnit.percent, "45.62%"],
    ["13.3", FigureUnit.percent, "13.3%"],
    ["11138.01", FigureUnit.amount, "11,138.01"],
    ["14660", FigureUnit.amount, "14,660.00"],
    ["0.125", FigureUnit.amount, "0.125"],
    ["-1234.5", FigureUnit.amount, "-1,234.50"],
    ["85.5", FigureUnit.score, "85.5 分"],
    ["12", FigureUnit.persons, "12 人"],
    // Text that is not a number, or a figure without a unit, is shown as written.
    ['"约300"', FigureUnit.amount, '"约300"'],
    ["良", FigureUnit.score, "良"],
    ["45.62", undefined, "45.62"],
  ])("%s as %s is %s", (text, unit, shown) => {
    expect(formatFigure(text, unit)).toBe(shown);
  });
});
