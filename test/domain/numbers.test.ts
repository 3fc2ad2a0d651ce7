import fc from "fast-check";
import { NumberParseError } from "../../src/errors";
import {
  Dec,
  formatAmount,
  formatFigure,
  formatRate,
  formatUnits,
  matchesAtPrecision,
  parseNum,
  percentBelow,
  percentBelowUnits,
  percentMatches,
  percentMatchesUnits,
  percentOf,
  plain,
  ratePercentHundredths,
  ratePercentUnits,
  readNum,
  round,
  sumTolerance,
  unitsBelow,
  unitsOf,
  type Decimal,
} from "../../src/domain/numbers";
import { FigureUnit } from "../../src/domain/findings";

describe("parseNum: accepted forms (docs/domain.md §2)", () => {
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

describe("scaled integers agree with decimal.js (docs/domain.md §2)", () => {
  const TEN = new Dec(10);
  const bigCents = fc.bigInt({ min: 0n, max: 10n ** 13n });
  const asDecimal = (units: bigint | number, scale: number) => new Dec(units.toString()).div(TEN.pow(scale));
  /** The ways a number is written in a dataset: plain, grouped, full-width, %, negative, JSON. */
  const written = fc
    .tuple(
      fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }),
      fc.integer({ min: 0, max: 5 }),
      fc.constantFrom("plain", "grouped", "fullWidth", "percent", "number", "spaced", "padded"),
    )
    .map(([digits, decimals, form]) => {
      const value = asDecimal(digits, decimals);
      const text = value.toFixed(decimals);
      switch (form) {
        case "grouped":
          return formatAmount(value, decimals);
        case "fullWidth":
          return text.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
        case "percent":
          return `${text}%`;
        case "number":
          return value.toNumber();
        case "spaced":
          return ` ${text} `;
        case "padded":
          return value.isNegative() ? text : `00${text}`;
        default:
          return text;
      }
    });

  it("unitsOf a parsed cell is its exact value in 10^−scale units, or null", () => {
    fc.assert(
      fc.property(written, fc.integer({ min: 0, max: 4 }), (input, scale) => {
        const cell = readNum(input);
        const units = unitsOf(cell, scale);
        if (cell.value === null) {
          expect(units).toBeNull();
          return;
        }
        const exact = cell.value.times(TEN.pow(scale));
        if (units === null) {
          // Only when it cannot be exact: more decimals than the scale, or beyond 15 digits.
          expect(!exact.isInteger() || exact.abs().gt(Number.MAX_SAFE_INTEGER) || exact.sd(true) > 15).toBe(
            true,
          );
          return;
        }
        expect(Number.isSafeInteger(units)).toBe(true);
        expect(new Dec(units).eq(exact)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ["1234.5", 2, 123450],
    ["0.05", 2, 5],
    ["0", 2, 0],
    ["-0", 2, 0],
    ["-12.3", 1, -123],
    ["96.95%", 2, 9695],
    ["1,234.50", 2, 123450],
    ["１２３", 0, 123],
    ["12.345", 2, null],
    ["99999999999999.99", 2, null],
    [12.5, 2, 1250],
    [1e21, 0, null],
  ])("unitsOf(%p, scale %i) = %p", (input, scale, units) => {
    expect(unitsOf(parseNum(input), scale)).toBe(units);
  });

  it("percentMatchesUnits agrees with percentMatches wherever it answers", () => {
    fc.assert(
      fc.property(
        bigCents,
        bigCents,
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: -2, max: 2 }),
        (a, b, d, nudge) => {
          const [part, whole] = [asDecimal(a, 2), asDecimal(b, 2)];
          const exact = whole.isZero() ? new Dec(0) : part.div(whole).times(100);
          const text = round(exact, d).plus(TEN.pow(-d).times(nudge)).toFixed(d);
          const reported = parseNum(text);
          const units = unitsOf(reported, d);
          if (units === null) return;
          const fast = percentMatchesUnits(units, d, Number(a), Number(b));
          if (fast === null) {
            // Only for a negative reported rate or products beyond a safe integer.
            expect(
              units < 0 ||
                a * 10n ** BigInt(d + 2) > BigInt(Number.MAX_SAFE_INTEGER) ||
                BigInt(units) * b > BigInt(Number.MAX_SAFE_INTEGER),
            ).toBe(true);
            return;
          }
          expect(fast).toBe(percentMatches(reported, part, whole));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("percentMatchesUnits answers for every row of a realistic size, at the half-up edges too", () => {
    // 50 万元 budgets and rates at 0–3 decimals: products stay far below 2^53.
    const edge = fc
      .tuple(
        fc.integer({ min: 1, max: 50_000_000 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 2_000_000 }),
      )
      .map(([whole, d, k]) => {
        // A part that puts the exact rate on a half unit of the last reported place, when one exists.
        const half = new Dec(k).plus("0.5").times(TEN.pow(-d));
        const part = half.times(whole).div(100).toDecimalPlaces(0, Dec.ROUND_DOWN).toNumber();
        return { whole, d, part };
      });
    fc.assert(
      fc.property(edge, fc.integer({ min: -1, max: 1 }), ({ whole, d, part }, nudge) => {
        const p = Math.max(0, part + nudge);
        const exact = new Dec(p).div(whole).times(100);
        for (const step of [-1, 0, 1]) {
          const reported = parseNum(round(exact, d).plus(TEN.pow(-d).times(step)).toFixed(d));
          const units = unitsOf(reported, d) as number;
          if (units < 0) continue;
          expect(percentMatchesUnits(units, d, p, whole)).toBe(
            percentMatches(reported, new Dec(p).div(100), new Dec(whole).div(100)),
          );
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("percentBelowUnits agrees with percentBelow wherever it answers", () => {
    fc.assert(
      fc.property(
        bigCents,
        bigCents,
        fc.integer({ min: 0, max: 12000 }),
        fc.integer({ min: 0, max: 3 }),
        (a, b, t, d) => {
          const threshold = new Dec(t).div(TEN.pow(d));
          const fast = percentBelowUnits(Number(a), Number(b), threshold);
          if (fast === null) {
            expect(
              a * 100_000n > BigInt(Number.MAX_SAFE_INTEGER) ||
                b * 12_000_000n > BigInt(Number.MAX_SAFE_INTEGER),
            ).toBe(true);
            return;
          }
          expect(fast).toBe(percentBelow(asDecimal(a, 2), asDecimal(b, 2), threshold));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("percentBelowUnits answers on the threshold's edge as percentBelow does", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 250_000 }).map((m) => 200 * m),
        fc.integer({ min: -3, max: 3 }),
        fc.constantFrom("60", "59.995", "60.001", "0", "75.5"),
        (whole, nudge, t) => {
          const threshold = new Dec(t);
          // The part whose rate rounds to the threshold's edge (ceil(T, 2) − 0.005: exact for a
          // whole that is a multiple of 200), and its neighbours.
          const edge = threshold.toDecimalPlaces(2, Dec.ROUND_CEIL).minus("0.005");
          const part = Math.max(0, edge.times(whole).div(100).round().toNumber() + nudge);
          expect(percentBelowUnits(part, whole, threshold)).toBe(
            percentBelow(new Dec(part).div(100), new Dec(whole).div(100), threshold),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("unitsBelow agrees with comparing the Decimal", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -2_000_000, max: 2_000_000 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 12000 }),
        fc.integer({ min: 0, max: 4 }),
        (u, s, t, d) => {
          const threshold = new Dec(t).div(TEN.pow(d));
          expect(unitsBelow(u, s, threshold)).toBe(asDecimal(u, s).lt(threshold));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("ratePercentHundredths is the rate rounded half-up, as round(percentOf(part, whole))", () => {
    const halves = fc
      .tuple(fc.integer({ min: 1, max: 400_000 }), fc.integer({ min: 1, max: 20_000_000 }))
      .map(([k, m]) => ({ part: (2 * k + 1) * m, whole: 20_000 * m })); // rate exactly k + ½ hundredths
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record({ part: fc.integer({ min: 0, max: 5e12 }), whole: fc.integer({ min: 0, max: 5e12 }) }),
          halves,
        ),
        ({ part, whole }) => {
          const fast = ratePercentHundredths(part, whole);
          const rate = percentOf(new Dec(part).div(100), new Dec(whole).div(100));
          if (fast === null) {
            expect(whole === 0 || part > (Number.MAX_SAFE_INTEGER - 3 * whole) / 20_000).toBe(true);
            return;
          }
          expect(rate && new Dec(fast).div(100).eq(round(rate))).toBe(true);
          expect(ratePercentUnits(part, whole)?.eq(round(rate as Decimal))).toBe(true);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("formatUnits writes what plain and formatAmount write", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.integer({ min: 0, max: 3 }),
        (u, scale) => {
          const value = asDecimal(u, scale);
          expect(formatUnits(Number(u), scale)).toBe(plain(value, scale));
          expect(formatUnits(Number(u), scale, true)).toBe(formatAmount(value, scale));
        },
      ),
      { numRuns: 3000 },
    );
  });

  /** Signed whole units, mostly small, sometimes near or past the safe integers. */
  const signedUnits = fc.oneof(
    { weight: 4, arbitrary: fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }) },
    { weight: 1, arbitrary: fc.bigInt({ min: -(2n ** 53n), max: 2n ** 53n }) },
  );

  it("the integer forms step aside for a negative operand, and agree with decimal.js otherwise", () => {
    fc.assert(
      fc.property(
        signedUnits,
        signedUnits,
        fc.bigInt({ min: -(10n ** 6n), max: 10n ** 6n }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom("60", "59.995", "0", "-5", "100"),
        (a, b, r, d, t) => {
          fc.pre(Number.isSafeInteger(Number(a)) && Number.isSafeInteger(Number(b)));
          const [part, whole] = [asDecimal(a, 2), asDecimal(b, 2)];
          const threshold = new Dec(t);
          const reported = parseNum(asDecimal(r, d).toFixed(d));
          const negative = a < 0n || b < 0n;
          const matches = percentMatchesUnits(Number(r), d, Number(a), Number(b));
          if (b === 0n) expect(matches).toBe(false);
          else if (negative || r < 0n) expect(matches).toBeNull();
          if (matches !== null) expect(matches).toBe(percentMatches(reported, part, whole));
          const below = percentBelowUnits(Number(a), Number(b), threshold);
          if (b === 0n) expect(below).toBe(false);
          else if (negative) expect(below).toBeNull();
          if (below !== null) expect(below).toBe(percentBelow(part, whole, threshold));
          const rate = ratePercentHundredths(Number(a), Number(b));
          if (b <= 0n || a < 0n) expect(rate).toBeNull();
          if (rate !== null)
            expect(new Dec(rate).div(100).eq(round(percentOf(part, whole) as Decimal))).toBe(true);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it.each([
    // 15 significant digits are exact; past them (even below 2^53) the Decimals decide.
    ["9999999999999.99", 2, 999999999999999],
    ["-9999999999999.99", 2, -999999999999999],
    ["99999999999999.99", 2, null],
    ["90071992547409.91", 2, null],
    // JSON text read as a number is its nearest double, whose shortest text is the value:
    // 90071992547409.9 (15 digits) is exact in cents; 1234567890123.4568 has 4 decimals.
    [JSON.parse("90071992547409.91") as number, 2, 9007199254740990],
    [JSON.parse("1234567890123.4567") as number, 2, null],
    [9007199254740991, 0, 9007199254740991],
    [9007199254740991, 2, null],
    ["0.001", 2, null],
    ["0.0010", 3, 1],
    ["12.3400", 2, 1234],
    ["１２.３４％", 2, 1234],
    ["−0.5", 1, -5],
  ])("unitsOf(%p, scale %i) = %p at the edges", (input, scale, units) => {
    const cell = parseNum(input);
    expect(unitsOf(cell, scale)).toBe(units);
    if (units !== null) expect(new Dec(units).div(TEN.pow(scale)).eq(cell.value as Decimal)).toBe(true);
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
