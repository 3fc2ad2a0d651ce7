/**
 * Plain-text tables for a terminal: columns padded by display width, counting CJK and
 * full-width characters as two columns.
 */
import { displayWidth } from "../text/width";

export { displayWidth };

/** Pads a text with spaces to a display width. */
export function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

/** Renders rows (the first is the header) as aligned columns separated by two spaces. */
export function renderTable(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : padEnd(cell, widths[i])))
      .join("  ")
      .trimEnd(),
  );
}
