/**
 * The contract/IO error tier: every error the project throws is one of these classes, and each
 * carries the offending value and where it was found. Findings about the numbers themselves are
 * data (see `src/domain/findings.ts`), never exceptions.
 */
import { errorText } from "./i18n";

/** Stable codes of the error classes, for callers that branch on them. */
export const ErrorCode = {
  dataset: "dataset",
  number: "number",
  inputFile: "input-file",
  usage: "usage",
  workbook: "workbook",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Base class of every error this project throws on purpose. */
export class JixiaoError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/** Shows a value compactly for an error message: strings quoted, long values cut. */
export function describeValue(value: unknown): string {
  let text: string;
  if (value === undefined) text = "undefined";
  else if (typeof value === "string") text = JSON.stringify(value);
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** The dataset file breaks the `jixiao-dataset` contract at `path` (e.g. `fundTables[0].rows[3].budget`). */
export class DatasetError extends JixiaoError {
  readonly path: string;
  readonly value: unknown;
  readonly problem: string;

  constructor(path: string, value: unknown, problem: string) {
    super(ErrorCode.dataset, errorText.dataset(path || errorText.rootPath, problem, describeValue(value)));
    this.path = path;
    this.value = value;
    this.problem = problem;
  }
}

/** A text is not a number under the rules of DOMAIN §2; `reason` says why. */
export class NumberParseError extends JixiaoError {
  readonly input: unknown;
  readonly path: string;
  readonly reason: string;

  constructor(input: unknown, reason: string, path = "") {
    super(ErrorCode.number, errorText.number(path, describeValue(input), reason));
    this.input = input;
    this.path = path;
    this.reason = reason;
  }
}

/** A file could not be read or written. */
export class InputFileError extends JixiaoError {
  readonly file: string;
  readonly reason: string;

  constructor(file: string, reason: string) {
    super(ErrorCode.inputFile, errorText.file(file, reason));
    this.file = file;
    this.reason = reason;
  }
}

/** The command line was called with words it does not understand. */
export class UsageError extends JixiaoError {
  readonly argument: string;

  constructor(argument: string, problem: string) {
    super(ErrorCode.usage, errorText.usage(argument, problem));
    this.argument = argument;
  }
}

/** The open workbook cannot be built or refreshed as asked (`reason` says why, for the user). */
export class WorkbookError extends JixiaoError {
  readonly reason: string;

  constructor(reason: string) {
    super(ErrorCode.workbook, reason);
    this.reason = reason;
  }
}
