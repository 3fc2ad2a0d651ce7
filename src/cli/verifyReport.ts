/**
 * `jixiao verify-report <report.docx> [--data <dataset.json|workbook.xlsx>] [--json]`: the
 * figures of a report checked against the data and against themselves (docs/domain.md §9). Without
 * `--data` the report is checked against itself. Exit 0 without `error` findings, 1 with, 2 when
 * a file cannot be read (the report is no .docx, the data no dataset or standard workbook; the
 * message names the file), 3 for a bug (`main.ts`). The text on the terminal is `printable`.
 */
import { checkDataset, parseDataset, SEVERITY_ORDER, type ComputedModel } from "../domain";
import { JixiaoError, UsageError } from "../errors";
import { cliText, findingText, reportCheckText } from "../i18n";
import { readDocx } from "../renderers/docxRead";
import { readXlsxGrid } from "../renderers/xlsx";
import { checkReport, docxBlocks, reportFindingToJson, type ReportCheckResult } from "../reportcheck";
import { importWorkbook } from "../workbook/import";
import { renderTable } from "./table";
import { ExitCode, FileError, inFile, printable, readError, unreadable, type CliIO } from "./terminal";

const T = reportCheckText.cli;

/** The arguments of `verify-report`. */
export interface VerifyArgs {
  readonly report: string;
  readonly data?: string;
  readonly json: boolean;
}

/** Reads the arguments of `verify-report`. @throws UsageError */
export function parseVerifyArgs(args: readonly string[]): VerifyArgs {
  let report: string | undefined;
  let data: string | undefined;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--json") json = true;
    else if (arg === "--data") {
      data = args[++i];
      if (data === undefined) throw new UsageError(arg, T.missingData);
    } else if (arg.startsWith("-")) throw new UsageError(arg, cliText.unknownOption);
    else if (report === undefined) report = arg;
    else throw new UsageError(arg, cliText.extraArgument);
  }
  if (report === undefined) throw new UsageError("verify-report", T.missingReport);
  return { report, json, ...(data !== undefined ? { data } : {}) };
}

async function bytesOf(file: string, io: CliIO): Promise<Uint8Array> {
  try {
    return await io.readBytes(file);
  } catch (error) {
    throw readError(file, error);
  }
}

/**
 * The model of a dataset file (.json) or a standard workbook (.xlsx). A problem of the file (not a
 * dataset, not a workbook, too large, no standard sheets, a sheet that cannot be read) names it.
 */
async function modelOf(file: string, io: CliIO): Promise<ComputedModel> {
  if (!/\.xlsx$/iu.test(file)) {
    let text: string;
    try {
      text = await io.readFile(file);
    } catch (error) {
      throw readError(file, error);
    }
    return inFile(file, () => checkDataset(parseDataset(text)).model);
  }
  const bytes = await bytesOf(file, io);
  const imported = await inFile(file, async () => importWorkbook(await readXlsxGrid(bytes)));
  return checkDataset(imported.dataset).model;
}

/** Where a finding or a figure is, as the table and the list say it. */
function placeOf(at: { readonly paragraph: number; readonly cell?: { table: number; row: number } }): string {
  return at.cell ? reportCheckText.cell(at.cell.table, at.cell.row) : reportCheckText.paragraph(at.paragraph);
}

/** The human-readable result: findings by severity with their sentence, counts, unattributed figures. */
export function renderReportCheck(result: ReportCheckResult, header: string, withData: boolean): string {
  const lines = [header, ""];
  const c = cliText.columns;
  for (const severity of SEVERITY_ORDER) {
    const group = result.findings.filter((f) => f.severity === severity);
    if (!group.length) continue;
    lines.push(`■ ${findingText.severity[severity]}（${group.length}）`);
    const table = renderTable([
      [c.severity, c.rule, c.path, c.reported, c.expected],
      ...group.map((f) => [
        findingText.severity[f.severity],
        f.rule,
        placeOf(f.anchor),
        f.reported,
        f.expected ?? "",
      ]),
    ]);
    lines.push(`  ${table[0]}`);
    group.forEach((f, i) => {
      lines.push(`  ${table[i + 1]}`);
      lines.push(`      ${f.message}`);
      lines.push(T.excerpt(f.excerpt));
    });
    lines.push("");
  }
  if (!result.findings.length) lines.push(withData ? T.noFindingsWithData : T.noFindings, "");
  lines.push(T.counts(result.figures.length, result.attributed.length, result.compared));
  const count = (s: string) => result.findings.filter((f) => f.severity === s).length;
  if (result.findings.length) lines.push(cliText.summary(count("error"), count("verify"), count("info")));
  if (result.unattributed.length) {
    lines.push("", T.unattributed(result.unattributed.length));
    for (const f of result.unattributed)
      lines.push(T.unattributedItem(placeOf(f.anchor), f.written, f.excerpt));
  }
  return `${lines.join("\n")}\n`;
}

/** Runs `verify-report` on its arguments (after the command word). */
export async function verifyReport(args: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseVerifyArgs(args);
  const bytes = await bytesOf(parsed.report, io);
  let content;
  try {
    content = await readDocx(bytes);
  } catch (error) {
    // Ours (a document refused as too large) is named with its file; a library's is "not a .docx".
    throw error instanceof JixiaoError
      ? new FileError(parsed.report, error)
      : unreadable(parsed.report, T.notDocx, error);
  }
  const model = parsed.data !== undefined ? await modelOf(parsed.data, io) : undefined;
  const result = checkReport(docxBlocks(content), model ? { model } : {});
  if (parsed.json) io.stdout(`${JSON.stringify(result.findings.map(reportFindingToJson), null, 2)}\n`);
  // The report's text may hold control characters: a terminal is shown them escaped.
  else
    io.stdout(
      printable(renderReportCheck(result, T.header(parsed.report, parsed.data), model !== undefined)),
    );
  return result.findings.some((f) => f.severity === "error") ? ExitCode.findings : ExitCode.ok;
}
