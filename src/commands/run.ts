/**
 * The ribbon's function commands, with what they need passed in (Excel.run, a way to show a short
 * message) so that tests run them on the Excel stand-in. Each always completes its event — also on
 * failure, after saying what went wrong; nothing fails silently.
 */
import { describeError, describedText, type ExcelRun } from "../host";
import { checkWorkbook } from "../host/excel";
import { openFindings } from "../domain";
import { CommandFunction } from "./names";
import { commandText } from "../i18n";

export type { ExcelRun } from "../host";

/** Shows a title and a message to the user; resolves when the user has closed it. */
export type ShowMessage = (title: string, text: string) => Promise<void>;

export interface CommandDeps {
  readonly run: ExcelRun;
  readonly show: ShowMessage;
}

/** The event Office passes a function command. */
export interface CommandEvent {
  completed(): void;
}

/**
 * 检查: re-checks the workbook (检查结果 rewritten, reviews kept), shows 检查结果 with its first
 * cell selected, and reports the counts by severity and how many are still open.
 */
export async function checkCommand(deps: CommandDeps, event: CommandEvent): Promise<void> {
  try {
    const counts = await deps.run(async (context) => {
      const result = await checkWorkbook(context);
      const sheet = context.workbook.worksheets.getItem(result.findingsSheet);
      sheet.activate();
      sheet.getRange("A1").select();
      await context.sync();
      const count = (s: string) => result.findings.filter((f) => f.severity === s).length;
      const open = openFindings(result.findings, result.reviews).length;
      return [count("error"), count("verify"), count("info"), open] as const;
    });
    await deps.show(commandText.checkedTitle, commandText.checked(...counts));
  } catch (error) {
    const described = describeError(error);
    await deps.show(described.title, describedText(described)).catch(() => undefined);
  } finally {
    event.completed();
  }
}

/** The function names the manifest's ExecuteFunction actions use, and their handlers. */
export function commandHandlers(
  deps: CommandDeps,
): Record<CommandFunction, (event: CommandEvent) => Promise<void>> {
  return { [CommandFunction.checkWorkbook]: (event) => checkCommand(deps, event) };
}
