/**
 * Row heights for wrapped text: neither Excel nor LibreOffice fits a row to a merged cell, so a
 * form's 预期目标 (merged across columns) must get its height from the plan, or its text runs over
 * the rows below when printed.
 */
import { SheetBuilder } from "../../src/workbook/builder";
import { formula, label } from "../../src/workbook/cells";
import { LINE_HEIGHT, SheetKind, StyleKey } from "../../src/workbook/plan";

const sheet = (fill: (b: SheetBuilder) => void) => {
  const b = new SheetBuilder("t", SheetKind.info, "表", new Map());
  fill(b);
  b.setColumns([10, 10, 10, 10]);
  return b.build().rowHeights;
};

describe("the plan's row heights", () => {
  it.each([
    // width 10 holds 9 display columns a line; a CJK character takes 2.
    ["one line in its column", (b: SheetBuilder) => b.put(0, 0, label("一二三四")), undefined],
    ["three lines in its column", (b: SheetBuilder) => b.put(0, 0, label("一二三四五六七八九十一二")), 3],
    [
      "a cell merged across four columns (39 columns a line): two lines, not five",
      (b: SheetBuilder) => {
        b.put(0, 0, label("一".repeat(30)));
        b.merge(0, 0, 0, 3);
      },
      2,
    ],
    [
      "each line break starts a line",
      (b: SheetBuilder) => {
        b.put(0, 0, label("甲\n乙\n丙"));
        b.merge(0, 0, 0, 3);
      },
      3,
    ],
    [
      "a formula's text (its expected result) counts",
      (b: SheetBuilder) => {
        b.put(0, 0, formula('=IF(ISBLANK(A9),"",A9)', "一".repeat(30), StyleKey.text));
        b.merge(0, 0, 0, 3);
      },
      2,
    ],
    [
      "a cell merged down two rows keeps its rows' heights",
      (b: SheetBuilder) => {
        b.put(0, 0, label("一".repeat(30)));
        b.merge(0, 0, 1, 0);
      },
      undefined,
    ],
  ])("%s", (_what, fill, lines) => {
    expect(sheet(fill)[0]).toBe(lines === undefined ? undefined : lines * LINE_HEIGHT);
  });
});
