/**
 * The highlight that follows 检查结果: every cell a finding points at is coloured while that finding
 * is open (处理状态 still the first status), red for an error, amber for one to verify. The colour
 * is a conditional format whose formula counts the cell's address in 检查结果's location column,
 * so a re-check only rewrites 检查结果 and every sheet's colours follow by themselves — also for
 * findings only the engine sees (口径, 尾差, text in an amount cell) — and a reviewer marking a
 * finding 已说明 or 已修正 clears its colour at once.
 */
import { findingText, workbookText } from "../i18n";
import { FindingCol } from "./sheets/findings";
import {
  cellRef,
  columnLetter,
  ROLE_COLUMN,
  quoteSheet,
  type ConditionalFormatPlan,
  type SheetPlan,
} from "./plan";

/** Text as an Excel string literal; `~` escaped, as COUNTIFS criteria read it as a wildcard escape. */
const criterion = (text: string) => `"=${text.replace(/~/g, "~~").replace(/"/g, '""')}`;

/**
 * The two conditional formats of a sheet that colour the cells 检查结果 lists as open findings.
 * @param sheet the sheet to colour (its used columns before the hidden path map).
 * @param findingsSheet the name 检查结果 has in this workbook.
 */
export function findingHighlights(sheet: SheetPlan, findingsSheet: string): ConditionalFormatPlan[] {
  const width = Math.min(ROLE_COLUMN, Math.max(1, ...sheet.rows.map((r) => r.length)));
  const height = Math.max(1, sheet.rows.length);
  const range = `A1:${cellRef(height - 1, width - 1)}`;
  const column = (c: number) => {
    const letter = columnLetter(c);
    return `${quoteSheet(findingsSheet)}!$${letter}:$${letter}`;
  };
  const here = `${criterion(`${sheet.name}!`)}"&ADDRESS(ROW(),COLUMN(),4)`;
  const open = `${column(FindingCol.status)},${criterion(workbookText.findings.statuses[0])}"`;
  const count = (severity: string) =>
    `COUNTIFS(${column(FindingCol.location)},${here},${column(FindingCol.severity)},${criterion(severity)}",${open})`;
  const errors = count(findingText.severity.error);
  return [
    { range, formula: `=${errors}>0`, severity: "error", rule: "open-finding" },
    {
      range,
      formula: `=AND(${errors}=0,${count(findingText.severity.verify)}>0)`,
      severity: "verify",
      rule: "open-finding",
    },
  ];
}
