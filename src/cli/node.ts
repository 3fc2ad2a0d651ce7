/** The Node.js side of the command line: real files and streams, the process exit status. */
import { readFile } from "node:fs/promises";
import { run, type CliIO } from "./main";

/** The IO of a real process. */
export function nodeIO(version: string): CliIO {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readFile(path, "utf8"),
    version,
  };
}

/** Runs `jixiao` with the process arguments and sets the exit status. */
export async function main(version: string): Promise<void> {
  process.exitCode = await run(process.argv.slice(2), nodeIO(version));
}
