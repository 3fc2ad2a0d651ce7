/**
 * The loader's fast paths give what the slow ones gave (issue 17): `parseNum` builds the Decimal of
 * plain text from its characters instead of `new Dec(text)`, and `cleanText` scans character codes
 * before its pattern. Each is compared here with the code it replaced, kept below as the reference.
 */
import fc from "fast-check";
import { NumberParseError } from "../../src/errors";
import { errorText } from "../../src/i18n";
import { Dec, NumKind, parseNum, type Decimal, type NumCell } from "../../src/domain/numbers";
import { cleanText } from "../../src/domain/schema";

const DASH_ONLY = /^[-‐‑‒–—―−─━－]+$/u;
const PLAIN = /^\d+(\.\d+)?$/;
const GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/;

/** `parseNum` before issue 17: every value made by `new Dec(text)`. */
function referenceParseNum(input: unknown): NumCell {
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw new NumberParseError(input, errorText.numberReasons.notFinite, []);
    const value = new Dec(String(input));
    return { kind: NumKind.number, value, source: input, decimals: value.decimalPlaces(), percent: false };
  }
  if (typeof input !== "string") throw new NumberParseError(input, errorText.numberReasons.notText, []);
  if (PLAIN.test(input)) {
    const dot = input.indexOf(".");
    const decimals = dot < 0 ? 0 : input.length - dot - 1;
    return { kind: NumKind.number, value: new Dec(input), source: input, decimals, percent: false };
  }
  const text = input.normalize("NFKC").trim();
  if (text === "") return { kind: NumKind.blank, value: null, source: input, decimals: 0, percent: false };
  if (DASH_ONLY.test(text))
    return { kind: NumKind.dash, value: null, source: input, decimals: 0, percent: false };
  let body = text;
  const percent = body.endsWith("%");
  if (percent) body = body.slice(0, -1).trimEnd();
  let negative = false;
  if (/^[-−]/u.test(body)) {
    negative = true;
    body = body.slice(1);
  }
  if (GROUPED.test(body)) body = body.replace(/,/g, "");
  else if (!PLAIN.test(body)) {
    const reason = /^[\d.,]+$/.test(body)
      ? body.includes(",")
        ? errorText.numberReasons.grouping
        : errorText.numberReasons.format
      : errorText.numberReasons.text;
    throw new NumberParseError(input, reason, []);
  }
  const dot = body.indexOf(".");
  const decimals = dot < 0 ? 0 : body.length - dot - 1;
  const value = new Dec(negative ? `-${body}` : body);
  return { kind: NumKind.number, value, source: input, decimals, percent };
}

/** The outcome of a parse: the cell, or the reason it was refused. */
function outcome(parse: (input: unknown) => NumCell, input: unknown): NumCell | { refused: string } {
  try {
    return parse(input);
  } catch (error) {
    if (error instanceof NumberParseError) return { refused: error.reason };
    throw error;
  }
}

/** A Decimal's stored form, field by field and in the constructor's order. */
function stored(value: Decimal | null): unknown {
  if (value === null) return null;
  const { s, e, d } = value as unknown as { s: number; e: number; d: number[] };
  return { keys: Object.keys(value), s, e, d: [...d], own: value.constructor === Dec };
}

function expectSameAsReference(input: unknown): void {
  const fast = outcome(parseNum, input);
  const slow = outcome(referenceParseNum, input);
  expect(fast).toEqual(slow);
  if ("kind" in fast && "kind" in slow) {
    expect(stored(fast.value)).toEqual(stored(slow.value));
    if (fast.value && slow.value) {
      // And it behaves as one: arithmetic, comparison and text.
      expect(fast.value.toFixed()).toBe(slow.value.toFixed());
      expect(fast.value.plus("0.005").times(3).div(7).toString()).toBe(
        slow.value.plus("0.005").times(3).div(7).toString(),
      );
      expect(fast.value.eq(slow.value)).toBe(true);
      expect(fast.value.isNegative()).toBe(slow.value.isNegative());
      expect(fast.value.isZero()).toBe(slow.value.isZero());
      expect(fast.value.decimalPlaces()).toBe(slow.value.decimalPlaces());
    }
  }
}

const FULL_WIDTH = (text: string) => text.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));

describe("parseNum's Decimal from plain text is decimal.js's (issue 17)", () => {
  it.each([
    "0",
    "00",
    "0.0",
    "0.00",
    "-0",
    "-0.00",
    "7",
    "100",
    "1000000",
    "9999999",
    "10000000",
    "12345678",
    "0.1",
    "0.001",
    "0.0000001",
    "0.00000001",
    "000123.4500",
    "1234567.1234567",
    "12345678901234567890.123456789012345678901234567890",
    "99999999999999999999999999999999999999999999",
    "96.95%",
    "-12.50%",
    "1,234,567.80",
    "１２，３４５．６０",
    "－３．５",
    " 14660.00 ",
    "−0.5",
    "12万元",
    "1,2345.00",
    "1.2.3",
    ".5",
    "5.",
    "1e5",
    "0x10",
    "",
    "——",
    "完成",
  ])("%p", (input) => expectSameAsReference(input));

  it("agrees on generated amounts and rates in every written form", () => {
    const written = fc
      .tuple(
        fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
        fc.integer({ min: 0, max: 12 }),
        fc.constantFrom("plain", "grouped", "fullWidth", "percent", "spaced", "padded", "trailing", "wan"),
      )
      .map(([digits, decimals, form]) => {
        const text = new Dec(digits.toString()).div(new Dec(10).pow(decimals)).toFixed(decimals);
        switch (form) {
          case "grouped":
            return text.replace(
              /^(-?)(\d+)/,
              (_m, sign: string, int: string) => sign + int.replace(/\B(?=(\d{3})+$)/g, ","),
            );
          case "fullWidth":
            return FULL_WIDTH(text);
          case "percent":
            return `${text}%`;
          case "spaced":
            return ` ${text}\u3000`;
          case "padded":
            return text.startsWith("-") ? `-000${text.slice(1)}` : `000${text}`;
          case "trailing":
            return text.includes(".") ? `${text}000` : `${text}.000`;
          case "wan":
            return `${text}万元`;
          default:
            return text;
        }
      });
    fc.assert(fc.property(written, expectSameAsReference), { numRuns: 2000 });
  });

  it("agrees on hostile and untidy text", () => {
    const alphabet = fc.constantFrom(..."00123456789,.%-—−－０１９，．％ 　\t\n万元e+x\u0000\ud800");
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(alphabet, { maxLength: 24 }).map((cs) => cs.join("")),
          fc.string(),
          fc.string({ unit: "binary" }),
          fc.double(),
          fc.integer(),
          fc.constantFrom(-0, 0, null, undefined, true, {}, []),
        ),
        expectSameAsReference,
      ),
      { numRuns: 2000 },
    );
  });
});

describe("cleanText's scan before the pattern changes nothing (issue 17)", () => {
  /** `cleanText` before issue 17: the pattern alone. */
  const FORBIDDEN =
    // eslint-disable-next-line no-control-regex -- these control characters are what the pattern is for
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
  // eslint-disable-next-line no-control-regex -- the vertical tab and form feed Word pastes
  const BREAKS = /[\u000B\u000C]/g;
  function referenceCleanText(value: string): { text: string; changed: number } {
    FORBIDDEN.lastIndex = 0;
    if (!FORBIDDEN.test(value)) return { text: value, changed: 0 };
    let changed = 0;
    const text = value.replace(BREAKS, () => (changed++, "\n")).replace(FORBIDDEN, () => (changed++, ""));
    return { text, changed };
  }

  it.each([
    "",
    "单位1-1",
    "甲\u000b乙\u0000\uFFFE",
    "tab\tline\nreturn\r",
    "\ud83d\ude00 emoji",
    "lone \ud83d high",
    "lone \ude00 low",
    "\uFFFD\uFFFF",
    "\u001f\u0020",
  ])("%p", (text) => expect(cleanText(text)).toEqual(referenceCleanText(text)));

  it("agrees on generated text", () => {
    const alphabet = fc.constantFrom(
      ..."a甲 \t\n\r\u0000\u0008\u000b\u000c\u000e\u001f\u007f\ud800\udbff\udc00\udfff\ufffd\ufffe\uffff",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(alphabet, { maxLength: 16 }).map((cs) => cs.join("")),
          fc.string({ unit: "binary" }),
          fc.string({ unit: "grapheme" }),
        ),
        (text) => expect(cleanText(text)).toEqual(referenceCleanText(text)),
      ),
      { numRuns: 2000 },
    );
  });
});
