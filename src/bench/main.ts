/**
 * `npm run bench`: times the engine on seeded synthetic datasets and prints one JSON object.
 * Later issues add the workbook, report and bundle figures to the same output.
 */
import * as os from "node:os";
import { checkDataset, loadDataset } from "../domain";
import { syntheticDataset } from "./synthetic";

/** Median of a list of numbers. */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function time<T>(fn: () => T): { ms: number; result: T } {
  const start = process.hrtime.bigint();
  const result = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

/** Times loading and checking one synthetic size: median of `runs` after one warm-up run. */
export function benchEngine(rows: number, runs = 5) {
  const raw = syntheticDataset({ rows });
  const text = JSON.stringify(raw);
  const loads: number[] = [];
  const checks: number[] = [];
  let findings = 0;
  // Collect the previous run's garbage before each timed phase (node --expose-gc), so that
  // one phase does not pay for the last one's heap.
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  for (let i = 0; i <= runs; i++) {
    gc();
    const loaded = time(() => loadDataset(JSON.parse(text)));
    gc();
    const checked = time(() => checkDataset(loaded.result));
    findings = checked.result.findings.length;
    if (i === 0) continue; // warm-up
    loads.push(loaded.ms);
    checks.push(checked.ms);
  }
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    rows,
    tables: raw.fundTables?.length ?? 0,
    indicators: raw.indicators?.length ?? 0,
    datasetBytes: Buffer.byteLength(text),
    loadMs: round(median(loads)),
    checkMs: round(median(checks)),
    findings,
  };
}

/** Runs the benchmark and prints its JSON. */
export function main(): void {
  const sizes = [30, 3_000, 100_000];
  const result = {
    machine: {
      node: process.version,
      platform: process.platform,
      arch: process.arch,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? "",
    },
    targets: { engineCheck100kMs: 1000 },
    engine: sizes.map((rows) => benchEngine(rows)),
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

if (require.main === module) main();
