/**
 * `npm run audit`: `npm audit --omit=dev` with a verdict — exit 1 when a production dependency has
 * a high or critical advisory. When the registry does not answer the advisory endpoint (on this
 * project's build machines it answers 405 Method Not Allowed), the audit did not run: that is
 * said loudly, and it fails only with `--strict`.
 */
import { spawnSync } from "node:child_process";

/** What `npm audit --json` printed, as far as the verdict needs it. */
export interface AuditJson {
  readonly metadata?: { readonly vulnerabilities?: Readonly<Record<string, number>> };
  readonly statusCode?: number;
  readonly message?: string;
}

export type AuditVerdict =
  | { readonly kind: "clean"; readonly counts: Readonly<Record<string, number>> }
  | { readonly kind: "vulnerable"; readonly high: number; readonly critical: number }
  | { readonly kind: "unavailable"; readonly why: string };

/** The verdict on the JSON of `npm audit --omit=dev --json`. */
export function auditVerdict(json: AuditJson): AuditVerdict {
  const counts = json.metadata?.vulnerabilities;
  if (!counts) return { kind: "unavailable", why: json.message ?? "npm audit printed no advisory counts" };
  const high = counts.high ?? 0;
  const critical = counts.critical ?? 0;
  return high + critical > 0 ? { kind: "vulnerable", high, critical } : { kind: "clean", counts };
}

/** Runs the audit; returns the exit status. */
export function main(argv: readonly string[]): number {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const run = spawnSync(npm, ["audit", "--omit=dev", "--json"], { encoding: "utf8" });
  let json: AuditJson;
  try {
    json = JSON.parse(run.stdout || "{}") as AuditJson;
  } catch {
    json = { message: `npm audit printed no JSON: ${run.stderr.trim().slice(0, 300)}` };
  }
  const verdict = auditVerdict(json);
  if (verdict.kind === "vulnerable") {
    process.stderr.write(
      `npm audit: ${verdict.high} high and ${verdict.critical} critical advisories in production dependencies\n`,
    );
    return 1;
  }
  if (verdict.kind === "unavailable") {
    process.stderr.write(
      `WARNING: npm audit did not run — the registry's advisory endpoint did not answer (${verdict.why}).\n` +
        "Production dependencies are NOT audited on this machine.\n",
    );
    return argv.includes("--strict") ? 1 : 0;
  }
  process.stdout.write(`npm audit: no high or critical advisory (${JSON.stringify(verdict.counts)})\n`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
