/** Recalculation of an .xlsx by LibreOffice (headless), for tests that compare with the engine. */
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

/**
 * Opens `xlsx` in LibreOffice with "always recalculate on load" and exports every sheet as CSV
 * of raw values (not as shown); returns the cells by sheet name.
 */
export function recalculate(soffice: string, xlsx: Uint8Array): Map<string, string[][]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-lo-"));
  try {
    fs.mkdirSync(path.join(dir, "profile/user"), { recursive: true });
    fs.writeFileSync(path.join(dir, "profile/user/registrymodifications.xcu"), PROFILE);
    fs.mkdirSync(path.join(dir, "in"));
    fs.writeFileSync(path.join(dir, "in/book.xlsx"), xlsx);
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${dir}/profile`,
        "--headless",
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        "--outdir",
        path.join(dir, "out"),
        path.join(dir, "in/book.xlsx"),
      ],
      { stdio: "pipe", timeout: 120_000 },
    );
    const sheets = new Map<string, string[][]>();
    for (const file of fs.readdirSync(path.join(dir, "out"))) {
      const m = /^book-(.+)\.csv$/.exec(file);
      if (m) sheets.set(m[1], parseCsv(fs.readFileSync(path.join(dir, "out", file), "utf8")));
    }
    return sheets;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
