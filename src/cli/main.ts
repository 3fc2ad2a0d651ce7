/**
 * The command line `jixiao`: the same engine as the add-in, without Office.
 * `jixiao check <dataset.json> [--json]` — exit 0 without `error` findings, 1 with, 2 when the
 * file cannot be read or is not a valid dataset (one message on stderr, no stack trace).
 * `jixiao build <dataset.json> [--out <dir>]` — writes the standard workbook and the findings.
 * `jixiao import <workbook.xlsx>` — prints the dataset the workbook's standard sheets hold.
 */
import { checkDataset, parseDataset, pathText, SEVERITY_ORDER, type Finding } from "../domain";
import { InputFileError, JixiaoError, UsageError } from "../errors";
import { cliText, findingText } from "../i18n";
import { buildReportPlan } from "../narrative";
import { renderDocx } from "../renderers/docx";
import { readXlsxGrid, renderXlsx } from "../renderers/xlsx";
import { buildWorkbookPlan } from "../workbook";
import { importWorkbook } from "../workbook/import";
import { renderTable } from "./table";

/** Exit statuses of the command line. */
export const ExitCode = { ok: 0, findings: 1, invalid: 2 } as const;

/** What the command line needs from its surroundings; tests pass their own. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => Promise<string>;
  readonly readBytes: (path: string) => Promise<Uint8Array>;
  /** Writes a file, creating its folder. */
  readonly writeFile: (path: string, data: Uint8Array | string) => Promise<void>;
  readonly version: string;
}

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
}

function parseArgs(command: string, args: readonly string[]): CheckArgs {
  let file: string | undefined;
  let json = false;
  let out: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--json" && command === "check") json = true;
    else if (arg === "--out" && command === "build") {
      out = args[++i];
      if (out === undefined) throw new UsageError(arg, cliText.missingOut);
    } else if (arg.startsWith("-")) throw new UsageError(arg, cliText.unknownOption);
    else if (file === undefined) file = arg;
    else throw new UsageError(arg, cliText.extraArgument);
  }
  if (file === undefined) throw new UsageError(command, cliText.missingFile);
  return { file, json, ...(out !== undefined ? { out } : {}) };
}

async function load(file: string, io: CliIO) {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    throw new InputFileError(file, (error as NodeJS.ErrnoException).code ?? (error as Error).message);
  }
  const dataset = parseDataset(text);
  return { dataset, ...checkDataset(dataset) };
}

const hasError = (findings: readonly Finding[]) => findings.some((f) => f.severity === "error");

async function check(args: CheckArgs, io: CliIO): Promise<number> {
  const { dataset, findings } = await load(args.file, io);
  if (args.json) io.stdout(`${JSON.stringify(findings.map(findingToJson), null, 2)}\n`);
  else io.stdout(renderFindings(findings, cliText.header(dataset.unit.name, dataset.unit.year, args.file)));
  return hasError(findings) ? ExitCode.findings : ExitCode.ok;
}

async function build(args: CheckArgs, io: CliIO): Promise<number> {
  const { dataset, model, findings } = await load(args.file, io);
  const out = args.out ?? "out";
  const built = buildWorkbookPlan(model, findings);
  const files = [
    joinPath(out, "workbook.xlsx"),
    joinPath(out, "report.docx"),
    joinPath(out, "findings.json"),
  ];
  await io.writeFile(files[0], await renderXlsx(built.plan));
  await io.writeFile(files[1], await renderDocx(buildReportPlan(model, findings)));
  await io.writeFile(files[2], `${JSON.stringify(built.findings, null, 2)}\n`);
  io.stdout(renderFindings(built.findings, cliText.header(dataset.unit.name, dataset.unit.year, args.file)));
  io.stdout(`${cliText.written(files)}\n`);
  return ExitCode.ok;
}

async function importCommand(args: CheckArgs, io: CliIO): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readBytes(args.file);
  } catch (error) {
    throw new InputFileError(args.file, (error as NodeJS.ErrnoException).code ?? (error as Error).message);
  }
  let grid;
  try {
    grid = await readXlsxGrid(bytes);
  } catch (error) {
    throw new InputFileError(args.file, `${cliText.notXlsx}（${(error as Error).message}）`);
  }
  const imported = importWorkbook(grid);
  if (!imported.sheets.size) throw new InputFileError(args.file, cliText.noStandardSheets);
  io.stdout(`${JSON.stringify(imported.raw, null, 1)}\n`);
  return ExitCode.ok;
}

function joinPath(dir: string, file: string): string {
  return dir.endsWith("/") ? `${dir}${file}` : `${dir}/${file}`;
}

/**
 * Runs the command line on its arguments (without `node` and the script). Never throws:
 * contract and IO errors become one line on stderr and exit status 2.
 */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
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
    throw new UsageError(command, cliText.unknownCommand);
  } catch (error) {
    if (error instanceof JixiaoError) {
      io.stderr(`jixiao: ${error.message}\n`);
      if (error instanceof UsageError) io.stderr(`${cliText.usage}\n`);
      return ExitCode.invalid;
    }
    throw error;
  }
}
