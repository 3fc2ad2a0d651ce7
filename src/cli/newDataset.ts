/**
 * `jixiao new --template department|six-dimension|project --unit <name> --year <yyyy> --out <file.json>
 * [--level …] [--project <name>] [--force]`: a dataset started from an indicator template
 * (docs/domain.md §8) — the indicators with their weights and links, targets left for the unit — which
 * `jixiao build` turns into a workbook whose forms are empty but complete. A file already at
 * `--out` is kept unless `--force`. Exit 0 written, 2 a wrong argument or a file that cannot be
 * written (the message names it), 3 a bug (`main.ts`).
 */
import {
  Dec,
  EXECUTION_POINTS,
  TEMPLATE_IDS,
  templateDataset,
  UNIT_LEVELS,
  YEAR_RANGE,
  type TemplateId,
  type UnitLevel,
} from "../domain";
import { DatasetError, ErrorCode, JixiaoError, UsageError } from "../errors";
import { cliText, templateText } from "../i18n";
import { ExitCode, printable, type CliIO } from "./terminal";

const T = cliText.newDataset;

/** The arguments of `new`. */
export interface NewArgs {
  readonly template: TemplateId;
  readonly unit: string;
  readonly year: number;
  readonly level: UnitLevel;
  readonly out: string;
  readonly project?: string;
  readonly force: boolean;
}

/** The unit level when `--level` is not given (it is shown on 基本信息, where the clerk may change it). */
export const DEFAULT_LEVEL: UnitLevel = "county";

/** Reads the arguments of `new`. @throws UsageError naming the argument and what is wrong. */
export function parseNewArgs(args: readonly string[]): NewArgs {
  const values = new Map<string, string>();
  let force = false;
  const options = new Set(["--template", "--unit", "--year", "--out", "--level", "--project"]);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--force") force = true;
    else if (options.has(arg)) {
      const value = args[++i];
      if (value === undefined || value.startsWith("--")) throw new UsageError(arg, T.missingValue);
      values.set(arg, value);
    } else if (arg.startsWith("-")) throw new UsageError(arg, cliText.unknownOption);
    else throw new UsageError(arg, cliText.extraArgument);
  }
  const template = values.get("--template");
  if (template === undefined) throw new UsageError("--template", T.missingTemplate);
  if (!TEMPLATE_IDS.includes(template as TemplateId)) throw new UsageError(template, T.badTemplate);
  const unit = values.get("--unit");
  if (unit === undefined || !unit.trim()) throw new UsageError("--unit", T.missingUnit);
  const yearText = values.get("--year");
  if (yearText === undefined) throw new UsageError("--year", T.missingYear);
  const year = Number(yearText);
  if (!/^\d{4}$/.test(yearText) || year < YEAR_RANGE.from || year > YEAR_RANGE.to)
    throw new UsageError(yearText, T.badYear(YEAR_RANGE.from, YEAR_RANGE.to));
  const level = values.get("--level") ?? DEFAULT_LEVEL;
  if (!UNIT_LEVELS.includes(level as UnitLevel)) throw new UsageError(level, T.badLevel);
  const out = values.get("--out");
  if (out === undefined) throw new UsageError("--out", T.missingOut);
  if (!out.trim()) throw new UsageError("--out", T.emptyOut);
  const project = values.get("--project");
  if (project !== undefined && template !== "project") throw new UsageError("--project", T.projectOnly);
  return {
    template: template as TemplateId,
    unit,
    year,
    level: level as UnitLevel,
    out,
    force,
    ...(project !== undefined ? { project } : {}),
  };
}

/** Runs `new`: writes the template's dataset to `--out`. */
export async function newDataset(rest: readonly string[], io: CliIO): Promise<number> {
  const args = parseNewArgs(rest);
  if (!args.force && (await io.exists(args.out)))
    throw new JixiaoError(ErrorCode.inputFile, T.exists(args.out));
  let dataset;
  try {
    dataset = templateDataset({
      template: args.template,
      unitName: args.unit,
      level: args.level,
      year: args.year,
      ...(args.project !== undefined ? { projectName: args.project } : {}),
    });
  } catch (error) {
    // What the template refuses (a name of control characters only, …) is the argument's problem.
    if (error instanceof DatasetError) throw new UsageError(args.unit, error.problem);
    throw error;
  }
  try {
    await io.writeFiles([{ path: args.out, data: `${JSON.stringify(dataset, null, 2)}\n` }]);
  } catch (error) {
    const e = error as { code?: unknown; message?: unknown };
    const reason = typeof e?.code === "string" ? e.code : String(e?.message ?? error);
    throw new JixiaoError(ErrorCode.inputFile, T.cannotWrite(args.out, reason));
  }
  const indicators = dataset.indicators ?? [];
  const weights = indicators.reduce((total, i) => total.plus(String(i.weight)), new Dec(0));
  // A project's indicators are its form's: the 项目资金 block's 预算执行率 points complete them.
  const block = indicators.some((i) => i.table) ? EXECUTION_POINTS : null;
  io.stdout(
    printable(
      `${T.written(args.out, templateText.names[args.template], indicators.length, weights.toString(), block)}\n`,
    ),
  );
  io.stdout(printable(`${T.next(args.out)}\n`));
  return ExitCode.ok;
}
