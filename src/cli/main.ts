/**
 * The command line `jixiao`: the same engine as the add-in, without Office.
 * `jixiao check <dataset.json> [--json]` — exit 0 without `error` findings, 1 with.
 * `jixiao build <dataset.json> --out <dir> [--force]` — writes the standard workbook, the report
 * and the findings (each to a temporary name first, then renamed: never a half-written file
 * under a final name); a workbook already in <dir> is kept unless --force, and then its
 * reviewers' 处理状态 and 说明 are carried into the new one.
 * `jixiao import <workbook.xlsx>` — prints the dataset the workbook's standard sheets hold; what
 * could not be read goes to stderr as findings (exit 1 when one is an error).
 * `jixiao verify-report <report.docx> [--data …] [--json]` — checks a report's figures
 * (verifyReport.ts): exit as for check.
 * `jixiao new --template department|six-dimension|project --unit … --year … --out <file.json>` — a dataset
 * started from an indicator template (newDataset.ts).
 * Exit 2: a file cannot be read or is not valid (one message on stderr); exit 3: an internal
 * error — a bug — in one line (the stack with --debug). Terminal output never carries a control
 * character from the data: they are shown escaped.
 */
import {
  checkDataset,
  isOpenReview,
  OUTLINE_IDS,
  parseDataset,
  pathText,
  SEVERITY_ORDER,
  type ComputedModel,
  type Finding,
  type OutlineId,
  type Review,
} from "../domain";
import { InputFileError, JixiaoError, UsageError } from "../errors";
import { cliText, findingText } from "../i18n";
import { buildReportPlan } from "../narrative";
import { renderDocx } from "../renderers/docx";
import { readXlsxGrid, renderXlsx } from "../renderers/xlsx";
import { buildWorkbookPlan } from "../workbook";
import { importWorkbook } from "../workbook/import";
import { renderTable } from "./table";
import { ExitCode, FileError, inFile, printable, readError, type CliIO } from "./terminal";
import { newDataset } from "./newDataset";
import { verifyReport } from "./verifyReport";

export { ExitCode, printable, type CliIO, type OutputFile } from "./terminal";

/** The JSON shape of one finding on stdout with `--json`. */
export function findingToJson(f: Finding): Record<string, string> {
  const out: Record<string, string> = {
    rule: f.rule,
    severity: f.severity,
    path: pathText(f.path),
    message: f.message,
  };
  if (f.expected !== undefined) out.expected = f.expected;
  if (f.reported !== undefined) out.reported = f.reported;
  return out;
}

/** The human-readable report of a check: header, table, one message line per finding, summary. */
export function renderFindings(findings: readonly Finding[], header: string): string {
  const lines = [header, ""];
  if (!findings.length) {
    lines.push(cliText.noFindings);
    return `${lines.join("\n")}\n`;
  }
  const c = cliText.columns;
  const head = [c.severity, c.rule, c.path, c.reported, c.expected];
  for (const severity of SEVERITY_ORDER) {
    const group = findings.filter((f) => f.severity === severity);
    if (!group.length) continue;
    lines.push(`■ ${findingText.severity[severity]}（${group.length}）`);
    const table = renderTable([
      head,
      ...group.map((f) => [
        findingText.severity[f.severity],
        f.rule,
        pathText(f.path),
        f.reported ?? "",
        f.expected ?? "",
      ]),
    ]);
    lines.push(`  ${table[0]}`);
    group.forEach((f, i) => {
      lines.push(`  ${table[i + 1]}`);
      lines.push(`      ${f.message}`);
    });
    lines.push("");
  }
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  lines.push(cliText.summary(count("error"), count("verify"), count("info")));
  lines.push(count("error") ? cliText.verdictError : cliText.verdictOk);
  return `${lines.join("\n")}\n`;
}

interface CheckArgs {
  readonly file: string;
  readonly json: boolean;
  readonly out?: string;
  readonly force: boolean;
  /** `build --outline hunan|hubei|guangdong`: the report's outline over the dataset's setting. */
  readonly outline?: OutlineId;
}

function parseArgs(command: string, args: readonly string[]): CheckArgs {
  let file: string | undefined;
  let json = false;
  let force = false;
  let out: string | undefined;
  let outline: OutlineId | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--json" && command === "check") json = true;
    else if (arg === "--force" && command === "build") force = true;
    else if (arg === "--outline" && command === "build") {
      const value = args[++i];
      if (!OUTLINE_IDS.includes(value as OutlineId)) throw new UsageError(value ?? arg, cliText.badOutline);
      outline = value as OutlineId;
    } else if (arg === "--out" && command === "build") {
      out = args[++i];
      if (out === undefined) throw new UsageError(arg, cliText.missingOut);
      if (out.trim() === "") throw new UsageError(arg, cliText.emptyOut);
    } else if (arg.startsWith("-")) throw new UsageError(arg, cliText.unknownOption);
    else if (file === undefined) file = arg;
    else throw new UsageError(arg, cliText.extraArgument);
  }
  if (file === undefined) throw new UsageError(command, cliText.missingFile);
  if (command === "build" && out === undefined) throw new UsageError("--out", cliText.missingOut);
  return { file, json, force, ...(out !== undefined ? { out } : {}), ...(outline ? { outline } : {}) };
}

async function load(file: string, io: CliIO) {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    throw readError(file, error);
  }
  const dataset = await inFile(file, () => parseDataset(text));
  return { dataset, ...checkDataset(dataset) };
}

const hasError = (findings: readonly Finding[]) => findings.some((f) => f.severity === "error");

async function check(args: CheckArgs, io: CliIO): Promise<number> {
  const { dataset, findings } = await load(args.file, io);
  if (args.json) io.stdout(`${JSON.stringify(findings.map(findingToJson), null, 2)}\n`);
  else
    io.stdout(
      printable(renderFindings(findings, cliText.header(dataset.unit.name, dataset.unit.year, args.file))),
    );
  return hasError(findings) ? ExitCode.findings : ExitCode.ok;
}

/** The reviews of a standard workbook already at `path` (none when it is not one). */
async function reviewsOf(path: string, io: CliIO): Promise<ReadonlyMap<string, Review>> {
  try {
    return importWorkbook(await readXlsxGrid(await io.readBytes(path))).reviews;
  } catch (error) {
    if (error instanceof JixiaoError) return new Map();
    throw error;
  }
}

/** The workbook's bytes and the findings located on its cells. */
async function writeWorkbook(
  model: ComputedModel,
  findings: readonly Finding[],
  reviews: ReadonlyMap<string, Review>,
): Promise<{ workbook: Uint8Array; located: readonly Finding[] }> {
  const built = buildWorkbookPlan(model, findings, { reviews });
  return { workbook: await renderXlsx(built.plan), located: built.findings };
}

async function build(args: CheckArgs, io: CliIO): Promise<number> {
  const { dataset, model, findings } = await load(args.file, io);
  const out = args.out as string;
  const paths = {
    workbook: joinPath(out, "workbook.xlsx"),
    report: joinPath(out, "report.docx"),
    findings: joinPath(out, "findings.json"),
  };
  let reviews: ReadonlyMap<string, Review> = new Map();
  if (await io.exists(paths.workbook)) {
    if (!args.force) throw new InputFileError(paths.workbook, cliText.workbookExists);
    reviews = await reviewsOf(paths.workbook, io);
  }
  // The workbook's plan is let go of once written: the report's is made after it, not beside it.
  const { workbook, located } = await writeWorkbook(model, findings, reviews);
  const report = await renderDocx(
    buildReportPlan(model, findings, args.outline ? { outline: args.outline } : {}),
  );
  const json = located.map((f) => ({
    ...findingToJson(f),
    ...(f.sheet ? { sheet: f.sheet, cell: f.cell } : {}),
  }));
  await io.writeFiles([
    { path: paths.workbook, data: workbook },
    { path: paths.report, data: report },
    { path: paths.findings, data: `${JSON.stringify(json, null, 2)}\n` },
  ]);
  io.stdout(
    printable(renderFindings(located, cliText.header(dataset.unit.name, dataset.unit.year, args.file))),
  );
  // What a reviewer recorded: a status other than 待处理, or a note.
  const recorded = [...reviews.values()].filter((r) => !isOpenReview(r) || r.note.trim()).length;
  if (recorded) io.stdout(`${cliText.reviewsKept(recorded)}\n`);
  io.stdout(printable(`${cliText.written(Object.values(paths))}\n`));
  return ExitCode.ok;
}

async function importCommand(args: CheckArgs, io: CliIO): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readBytes(args.file);
  } catch (error) {
    throw readError(args.file, error);
  }
  let imported;
  try {
    imported = importWorkbook(await readXlsxGrid(bytes));
  } catch (error) {
    // The workbook's problem (not one, too large, a sheet that cannot be read), named with its file.
    if (error instanceof JixiaoError) throw new FileError(args.file, error);
    throw error;
  }
  io.stdout(`${JSON.stringify(imported.raw, null, 1)}\n`);
  if (imported.findings.length)
    io.stderr(printable(renderFindings(imported.findings, cliText.importHeader(args.file))));
  return hasError(imported.findings) ? ExitCode.findings : ExitCode.ok;
}

function joinPath(dir: string, file: string): string {
  return dir.endsWith("/") ? `${dir}${file}` : `${dir}/${file}`;
}

/**
 * Runs the command line on its arguments (without `node` and the script). Never throws: contract
 * and IO errors become one line on stderr and exit status 2; anything else is a bug, reported in
 * one line (its stack with `--debug`) with exit status 3.
 */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const debug = argv.includes("--debug");
  const [command, ...rest] = argv.filter((a) => a !== "--debug");
  try {
    if (command === undefined || command === "-h" || command === "--help" || command === "help") {
      io.stdout(`${cliText.usage}\n`);
      return command === undefined ? ExitCode.invalid : ExitCode.ok;
    }
    if (command === "--version") {
      io.stdout(`${io.version}\n`);
      return ExitCode.ok;
    }
    if (command === "check") return await check(parseArgs(command, rest), io);
    if (command === "build") return await build(parseArgs(command, rest), io);
    if (command === "import") return await importCommand(parseArgs(command, rest), io);
    if (command === "verify-report") return await verifyReport(rest, io);
    if (command === "new") return await newDataset(rest, io);
    throw new UsageError(command, cliText.unknownCommand);
  } catch (error) {
    if (error instanceof JixiaoError) {
      io.stderr(printable(`jixiao: ${error.message}\n`));
      if (error instanceof UsageError) io.stderr(`${cliText.usage}\n`);
      return ExitCode.invalid;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(printable(`jixiao: ${cliText.internal(message.split("\n")[0])}\n`));
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return ExitCode.internal;
  }
}
