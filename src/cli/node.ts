/** The Node.js side of the command line: real files and streams, the process exit status. */
import { randomBytes } from "node:crypto";
import { access, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { run } from "./main";
import type { CliIO, OutputFile } from "./terminal";

/**
 * Writes each file to a temporary name in its folder, then renames them all into place: a full
 * disk or a kill leaves temporary files behind, never a truncated file under a final name.
 */
async function writeFilesAtomically(files: readonly OutputFile[]): Promise<void> {
  const written: { temp: string; path: string }[] = [];
  try {
    for (const file of files) {
      const dir = dirname(file.path);
      await mkdir(dir, { recursive: true });
      const temp = join(dir, `.${basename(file.path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
      written.push({ temp, path: file.path });
      await writeFile(temp, file.data);
    }
    for (const { temp, path } of written) await rename(temp, path);
  } catch (error) {
    await Promise.all(written.map(({ temp }) => rm(temp, { force: true })));
    throw error;
  }
}

/** The IO of a real process. */
export function nodeIO(version: string): CliIO {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readFile(path, "utf8"),
    readBytes: async (path) => new Uint8Array(await readFile(path)),
    writeFiles: writeFilesAtomically,
    exists: async (path) =>
      access(path).then(
        () => true,
        () => false,
      ),
    version,
  };
}

/** Runs `jixiao` with the process arguments and sets the exit status. */
export async function main(version: string): Promise<void> {
  // A reader that stops early (`jixiao check … | head`) closes the pipe: that is not an error.
  for (const stream of [process.stdout, process.stderr])
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw error;
    });
  process.exitCode = await run(process.argv.slice(2), nodeIO(version));
}
