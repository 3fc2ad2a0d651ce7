/** The Node.js side of the command line: real files and streams, the process exit status. */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { run, type CliIO } from "./main";

/** The IO of a real process. */
export function nodeIO(version: string): CliIO {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readFile(path, "utf8"),
    readBytes: async (path) => new Uint8Array(await readFile(path)),
    writeFile: async (path, data) => {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, data);
    },
    version,
  };
}

/** Runs `jixiao` with the process arguments and sets the exit status. */
export async function main(version: string): Promise<void> {
  process.exitCode = await run(process.argv.slice(2), nodeIO(version));
}
