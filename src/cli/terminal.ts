/**
 * What the command line shares between its commands: its surroundings (`CliIO`), its exit
 * statuses, text made safe for a terminal, and a file's problem named with the file. `main.ts`
 * and the commands in their own modules (`verifyReport.ts`) import it; it imports none of them.
 */
import { InputFileError, JixiaoError } from "../errors";
import { cliText } from "../i18n";

/** Exit statuses of the command line. */
export const ExitCode = { ok: 0, findings: 1, invalid: 2, internal: 3 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** A file to write: where, and what. */
export interface OutputFile {
  readonly path: string;
  readonly data: Uint8Array | string;
}

/** What the command line needs from its surroundings; tests pass their own. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => Promise<string>;
  readonly readBytes: (path: string) => Promise<Uint8Array>;
  /**
   * Writes files, creating their folder: each to a temporary name beside it first, then all are
   * renamed into place — a failure (a full disk, a kill) leaves no half-written file under a
   * final name.
   */
  readonly writeFiles: (files: readonly OutputFile[]) => Promise<void>;
  /** Whether a file exists. */
  readonly exists: (path: string) => Promise<boolean>;
  readonly version: string;
}

/** Control characters (and the bidirectional overrides) a terminal would obey, shown instead. */
// eslint-disable-next-line no-control-regex -- these characters are what the pattern is for
const UNPRINTABLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Text for a terminal: every control character shown as `\u{…}`, line breaks and tabs kept. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u{${c.codePointAt(0)?.toString(16)}}`);
}

/** A file that could not be read: its name and the system's code (`ENOENT`) or message. */
export function readError(file: string, error: unknown): InputFileError {
  const e = error as { code?: unknown; message?: unknown };
  return new InputFileError(file, typeof e?.code === "string" ? e.code : String(e?.message ?? error));
}

/**
 * What a file reader (a library) threw, as the problem of the file it read: `what` the file is
 * not, with the reader's words in brackets. Our own errors pass as they are.
 */
export function unreadable(file: string, what: string, error: unknown): JixiaoError {
  if (error instanceof JixiaoError) return error;
  return new InputFileError(file, `${what}（${error instanceof Error ? error.message : String(error)}）`);
}

/** A file's problem (a dataset's or a workbook's), named with the file it is in. */
export class FileError extends JixiaoError {
  constructor(file: string, error: JixiaoError) {
    super(error.code, cliText.inFile(file, error.message));
  }
}

/** Runs `work`, naming `file` in a problem of ours it throws (a bug passes as it is). */
export async function inFile<T>(file: string, work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw error instanceof JixiaoError ? new FileError(file, error) : error;
  }
}
