/**
 * The contract/IO error tier: every error the project throws is one of these classes, and each
 * carries the offending value and where it was found. Findings about the numbers themselves are
 * data (see `src/domain/findings.ts`), never exceptions.
 */
import { pathText, type Path } from "./domain/paths";
import { errorText } from "./i18n";

/** Stable codes of the error classes, for callers that branch on them. */
export const ErrorCode = {
  dataset: "dataset",
  number: "number",
  inputFile: "input-file",
  usage: "usage",
  workbook: "workbook",
  document: "document",
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

const DESCRIBE_LIMIT = 80;

/**
 * Shows a value compactly for an error message: strings quoted, long values cut. Never more than
 * a few levels deep and never more than the limit, whatever the value (an array nested thousands
 * deep, a huge object): it writes at most what it shows.
 */
export function describeValue(value: unknown): string {
  let out = "";
  const put = (text: string) => {
    out += text;
    return out.length <= DESCRIBE_LIMIT;
  };
  const walk = (v: unknown, depth: number): boolean => {
    if (v === undefined) return put("undefined");
    if (v === null || typeof v === "number" || typeof v === "boolean") return put(String(v));
    if (typeof v === "string")
      return put(JSON.stringify(v.length > DESCRIBE_LIMIT ? v.slice(0, DESCRIBE_LIMIT) : v));
    if (typeof v !== "object") return put(typeof v);
    if (depth >= 4) return put(Array.isArray(v) ? "[…]" : "{…}");
    if (Array.isArray(v)) {
      if (!put("[")) return false;
      for (let i = 0; i < v.length; i++) if ((i > 0 && !put(",")) || !walk(v[i], depth + 1)) return false;
      return put("]");
    }
    if (!put("{")) return false;
    let first = true;
    for (const key of Object.keys(v)) {
      if ((!first && !put(",")) || !put(`${JSON.stringify(key)}:`)) return false;
      first = false;
      if (!walk((v as Record<string, unknown>)[key], depth + 1)) return false;
    }
    return put("}");
  };
  walk(value, 0);
  return out.length > DESCRIBE_LIMIT ? `${out.slice(0, DESCRIBE_LIMIT - 3)}...` : out;
}

/**
 * The dataset file breaks the `jixiao-dataset` contract at `path` (segments, e.g.
 * `["fundTables", 0, "rows", 3, "budget"]`); `where` names the place in words a clerk reads
 * (“【公共卫生专项】12320运行经费的预算批复”), as the field registry says (`wordsOf`).
 */
export class DatasetError extends JixiaoError {
  readonly path: Path;
  readonly value: unknown;
  readonly problem: string;
  readonly where: string;

  constructor(path: Path, value: unknown, problem: string, where = "") {
    const text = pathText(path);
    super(
      ErrorCode.dataset,
      errorText.dataset(where || (text ? "" : errorText.rootPath), text, problem, describeValue(value)),
    );
    this.path = path;
    this.value = value;
    this.problem = problem;
    this.where = where;
  }
}

/** A text is not a number under the rules of docs/domain.md §2; `reason` says why. */
export class NumberParseError extends JixiaoError {
  readonly input: unknown;
  readonly path: Path;
  readonly reason: string;

  constructor(input: unknown, reason: string, path: Path = []) {
    super(ErrorCode.number, errorText.number(pathText(path), describeValue(input), reason));
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

/** A report document (.docx) that is refused unread (`reason` says why, for the user). */
export class DocumentError extends JixiaoError {
  readonly reason: string;

  constructor(reason: string) {
    super(ErrorCode.document, reason);
    this.reason = reason;
  }
}
