/** `npm run validate:manifest`: checks manifest.xml locally and exits 1 when Office would reject it. */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { CommandFunction } from "../commands/names";
import { checkManifest } from "./manifestCheck";

/** Checks the manifest file given on the command line; returns the exit status. */
export function main(argv: readonly string[]): number {
  const file = resolve(argv[0] ?? "manifest.xml");
  const root = dirname(file);
  const problems = checkManifest(
    readFileSync(file, "utf8"),
    (rel) => existsSync(join(root, rel)),
    Object.values(CommandFunction),
  );
  for (const p of problems) process.stderr.write(`${file}: ${p.where}: ${p.problem}\n`);
  if (!problems.length) process.stdout.write(`${file}: OK\n`);
  return problems.length ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
