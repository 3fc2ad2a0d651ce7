/**
 * `npm run validate:manifest`: checks the manifests (Excel's manifest.xml, Word's
 * manifest-word.xml) locally and exits 1 when Office would reject one.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { CommandFunction } from "../commands/names";
import { checkManifest } from "./manifestCheck";

/** Checks the manifest files given on the command line; returns the exit status. */
export function main(argv: readonly string[]): number {
  let failed = false;
  for (const arg of argv.length ? argv : ["manifest.xml"]) {
    const file = resolve(arg);
    const root = dirname(file);
    const problems = checkManifest(
      readFileSync(file, "utf8"),
      (rel) => existsSync(join(root, rel)),
      Object.values(CommandFunction),
    );
    for (const p of problems) process.stderr.write(`${file}: ${p.where}: ${p.problem}\n`);
    if (!problems.length) process.stdout.write(`${file}: OK\n`);
    failed ||= problems.length > 0;
  }
  return failed ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
