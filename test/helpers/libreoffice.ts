/**
 * Recalculation of an .xlsx by LibreOffice (headless), for tests that compare with the engine; and
 * edits made through LibreOffice's UNO bridge (python3-uno), with the cells' colours as shown.
 */
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/** The soffice binary, or null when LibreOffice is not installed. */
export function findSoffice(): string | null {
  const r = spawnSync("which", ["soffice"], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : null;
}

const PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** A LibreOffice user profile in `dir`/profile that recalculates every formula on load. */
function writeProfile(dir: string): void {
  fs.mkdirSync(path.join(dir, "profile/user"), { recursive: true });
  fs.writeFileSync(path.join(dir, "profile/user/registrymodifications.xcu"), PROFILE);
}

/** Converts `file` headless with the profile of `dir` into `dir`/out (`filter` as --convert-to takes it). */
function convert(soffice: string, dir: string, filter: string, file: string): void {
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=file://${dir}/profile`,
      "--headless",
      "--convert-to",
      filter,
      "--outdir",
      path.join(dir, "out"),
      file,
    ],
    { stdio: "pipe", timeout: 150_000 },
  );
}

/** Parses CSV text (comma, double quotes) into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (ch !== "\r") field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/** LibreOffice's CSV export of every sheet (-1), UTF-8, raw values (not as shown). */
const CSV_EVERY_SHEET = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/** The sheets of a CSV export of every sheet of `book`.xlsx in `dir` (`book-表名.csv`), by name. */
function csvSheets(dir: string, book: string): Map<string, string[][]> {
  const sheets = new Map<string, string[][]>();
  const name = new RegExp(`^${book}-(.+)\\.csv$`);
  for (const file of fs.readdirSync(dir)) {
    const m = name.exec(file);
    if (m) sheets.set(m[1], parseCsv(fs.readFileSync(path.join(dir, file), "utf8")));
  }
  return sheets;
}

/**
 * Opens `xlsx` in LibreOffice with "always recalculate on load" and exports every sheet as CSV
 * of raw values (not as shown); returns the cells by sheet name.
 */
export function recalculate(soffice: string, xlsx: Uint8Array): Map<string, string[][]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-lo-"));
  try {
    writeProfile(dir);
    fs.mkdirSync(path.join(dir, "in"));
    fs.writeFileSync(path.join(dir, "in/book.xlsx"), xlsx);
    convert(soffice, dir, CSV_EVERY_SHEET, path.join(dir, "in/book.xlsx"));
    return csvSheets(path.join(dir, "out"), "book");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A Python 3 that can import LibreOffice's UNO bridge (Debian's python3-uno), or null. */
export function findUnoPython(): string | null {
  for (const candidate of ["/usr/bin/python3", "python3"]) {
    const r = spawnSync(candidate, ["-c", "import uno"], { encoding: "utf8" });
    if (r.status === 0) return candidate;
  }
  return null;
}

/** What a reviewer or a clerk does by hand: type over a cell, or insert a row above a 1-based row. */
export type LibreOfficeEdit =
  | { readonly sheet: string; readonly cell: string; readonly text: string }
  /** A number typed into a cell (as a clerk types a figure). */
  | { readonly sheet: string; readonly cell: string; readonly number: number }
  | { readonly sheet: string; readonly insertRowAt: number };

/**
 * The fill of every cell of an HTML export by LibreOffice Calc, by sheet and A1 reference
 * (merged cells counted where they start; hidden columns are not exported, so a column is only
 * named right when no hidden column comes before it).
 */
export function shownFills(html: string): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  const parts = html.split(/<a name="table\d+">/i).slice(1);
  for (const part of parts) {
    const name = /<h1>.*?<em>(.*?)<\/em>/is.exec(part)?.[1] ?? "";
    const fills = new Map<string, string>();
    const taken = new Set<string>();
    [...part.matchAll(/<tr[^>]*>(.*?)<\/tr>/gis)].forEach((tr, r) => {
      let c = 0;
      for (const td of tr[1].matchAll(/<td([^>]*)>/gi)) {
        while (taken.has(`${r},${c}`)) c++;
        const attrs = td[1];
        const span = (key: string) => Number(new RegExp(`${key}=(\\d+)`, "i").exec(attrs)?.[1] ?? 1);
        const [rows, cols] = [span("rowspan"), span("colspan")];
        for (let dr = 0; dr < rows; dr++) for (let dc = 0; dc < cols; dc++) taken.add(`${r + dr},${c + dc}`);
        const fill = /bgcolor="(#[0-9a-f]{6})"/i.exec(attrs)?.[1];
        if (fill) fills.set(cellName(r, c), fill.toUpperCase());
        c += cols;
      }
    });
    out.set(name, fills);
  }
  return out;
}

function cellName(row: number, col: number): string {
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${row + 1}`;
}

/**
 * Makes `edits` to `xlsx` in LibreOffice through the UNO bridge as a clerk would and saves it
 * (scripts/edit-with-libreoffice.py), then converts the result with a fresh recalculation to
 * `format`; returns the converted files' directory to `read` (removed after it).
 */
function editThenConvert<T>(
  soffice: string,
  python: string,
  xlsx: Uint8Array,
  edits: readonly LibreOfficeEdit[],
  format: string,
  read: (outDir: string) => T,
): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-uno-"));
  try {
    writeProfile(dir);
    fs.writeFileSync(path.join(dir, "book.xlsx"), xlsx);
    // The script's steps count rows from 0; a protected sheet is unprotected before a row goes in.
    const steps = edits.flatMap((e) =>
      "insertRowAt" in e
        ? [
            { do: "unprotect", sheet: e.sheet },
            { do: "insertRow", sheet: e.sheet, at: e.insertRowAt - 1 },
          ]
        : [{ do: "set", sheet: e.sheet, cell: e.cell, value: "number" in e ? e.number : e.text }],
    );
    fs.writeFileSync(path.join(dir, "edits.json"), JSON.stringify([{ name: "edited", steps }]));
    const script = path.join(__dirname, "../../scripts/edit-with-libreoffice.py");
    execFileSync(python, [script, path.join(dir, "edits.json"), path.join(dir, "book.xlsx"), dir], {
      stdio: "pipe",
      timeout: 150_000,
    });
    convert(soffice, dir, format, path.join(dir, "edited.xlsx"));
    return read(path.join(dir, "out"));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Opens `xlsx` in LibreOffice, makes `edits` as a clerk would and saves it, then opens the result
 * again, recalculating everything, and returns every cell's fill as shown (conditional formats
 * applied), by sheet.
 */
export function editAndShow(
  soffice: string,
  python: string,
  xlsx: Uint8Array,
  edits: readonly LibreOfficeEdit[],
): Map<string, Map<string, string>> {
  return editThenConvert(soffice, python, xlsx, edits, "html", (out) =>
    shownFills(fs.readFileSync(path.join(out, "edited.html"), "utf8")),
  );
}

/**
 * Opens `xlsx` in LibreOffice, makes `edits` as a clerk would and saves it, then recalculates it
 * and returns every sheet's raw values (as {@link recalculate}), by sheet name.
 */
export function editAndRecalculate(
  soffice: string,
  python: string,
  xlsx: Uint8Array,
  edits: readonly LibreOfficeEdit[],
): Map<string, string[][]> {
  return editThenConvert(soffice, python, xlsx, edits, CSV_EVERY_SHEET, (out) => csvSheets(out, "edited"));
}
