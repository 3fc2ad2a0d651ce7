/** The command line's IO in memory: files given as text, files written kept, output captured. */
import * as fs from "node:fs";
import type { CliIO } from "../../src/cli/main";
import { SAMPLE_PATH } from "./datasets";

/** An in-memory {@link CliIO}: `files` are readable, what the command writes is in `written`. */
export function io(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, Uint8Array | string>();
  const cli: CliIO = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: async (p) => {
      if (p === SAMPLE_PATH) return fs.readFileSync(p, "utf8");
      if (p in files) return files[p];
      // What a command wrote is there for the next one (`new` then `build`).
      const data = written.get(p);
      if (data !== undefined) return typeof data === "string" ? data : new TextDecoder().decode(data);
      throw Object.assign(new Error(`ENOENT: no such file, open '${p}'`), { code: "ENOENT" });
    },
    readBytes: async (p) => {
      const data = written.get(p);
      if (data === undefined) throw Object.assign(new Error(`ENOENT: ${p}`), { code: "ENOENT" });
      return typeof data === "string" ? new TextEncoder().encode(data) : data;
    },
    writeFiles: async (files) => {
      for (const f of files) written.set(f.path, f.data);
    },
    exists: async (p) => written.has(p),
    version: "9.9.9",
  };
  return { cli, stdout: () => out.join(""), stderr: () => err.join(""), written };
}
