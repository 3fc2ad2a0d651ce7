/**
 * The dataset file a workbook's sheets hold, assembled as the sheet readers find each value. A
 * value goes in only at a path the field registry knows (`specAt`), built by the reader from
 * constant segments and the positions it counted — never from text a cell holds — and every value
 * remembers the cell it came from, so that a problem can be named by sheet and cell.
 */
import {
  DATASET_FORMAT,
  DATASET_VERSION,
  finding,
  leafAt,
  pathText,
  specAt,
  wordsOf,
  type Finding,
  type Path,
} from "../domain";
import { findingText } from "../i18n";
import { readCell } from "./cells";
import type { GridCell } from "./grid";
import { cellRef } from "./plan";

/** Where a value was read: the sheet and the A1 cell. */
export interface Source {
  readonly sheet: string;
  readonly cell: string;
}

export class RawBuilder {
  readonly root: Record<string, unknown> = { format: DATASET_FORMAT, version: DATASET_VERSION };
  /** The cell each value came from, by the path's text. */
  readonly sources = new Map<string, Source>();
  /** Problems found while reading: a cell holding what its field cannot (text in a year). */
  readonly findings: Finding[] = [];

  /**
   * Puts a value at a path of the registry, creating the objects and lists on the way.
   * @throws Error when the path is not a field of the registry (a bug in a reader).
   */
  set(path: Path, value: unknown, source?: Source): void {
    if (!specAt(path)) throw new Error(`not a field of the registry: ${JSON.stringify(path)}`);
    let node: Record<string | number, unknown> = this.root;
    for (let i = 0; i < path.length - 1; i++) {
      const segment = path[i];
      const next = specAt(path.slice(0, i + 1));
      let child = node[segment];
      if (child === undefined) {
        child = next?.type === "list" ? [] : {};
        node[segment] = child;
      }
      node = child as Record<string | number, unknown>;
    }
    node[path[path.length - 1]] = value;
    if (source) this.sources.set(pathText(path), source);
  }

  /** Records that what lies at `path` (a part, such as a fund table) was read from `source`. */
  locate(path: Path, source: Source): void {
    this.sources.set(pathText(path), source);
  }

  /** True when something was put at or below `path`. */
  has(path: Path): boolean {
    let node: unknown = this.root;
    for (const segment of path) {
      if (typeof node !== "object" || node === null) return false;
      node = (node as Record<string | number, unknown>)[segment];
    }
    return node !== undefined;
  }

  /**
   * Reads the cell at (`row`, `col`) of `sheet` into the field at `path`: a value goes in; a blank
   * cell leaves the field out, except a required number, which becomes blank text (the check
   * lists it as 缺少数据); a value the field cannot hold becomes a finding at that cell.
   * Returns whether something went in.
   */
  read(path: Path, cell: GridCell | undefined, sheet: string, row: number, col: number): boolean {
    const source = { sheet, cell: cellRef(row, col) };
    const got = readCell(path, cell);
    if (got.kind === "value") {
      this.set(path, got.value, source);
      return true;
    }
    if (got.kind === "blank") {
      const leaf = leafAt(path);
      if (leaf?.type === "num" && leaf.required) {
        this.set(path, "", source);
        return true;
      }
      return false;
    }
    const M = findingText.messages;
    const leaf = leafAt(path);
    const what = wordsOf(path, this.root);
    const message =
      leaf?.type === "integer"
        ? M.notAnInteger(sheet, source.cell, what, got.text)
        : M.notAChoice(sheet, source.cell, what, got.text);
    this.findings.push({
      ...finding(leaf?.type === "integer" ? "invalid-number" : "invalid-choice", path, message, {
        reported: got.text,
      }),
      ...source,
    });
    return false;
  }
}
