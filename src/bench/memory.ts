/**
 * Peak memory of the command line as a user runs it: `jixiao build` of a synthetic dataset, in a
 * process of its own (the benchmark's own heap does not count), measured by the kernel's maxRSS.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { syntheticDataset } from "./synthetic";

/** `jixiao build` of `rows` synthetic fund rows: its peak resident memory and wall time. */
export function benchBuildMemory(rows: number): {
  rows: number;
  peakRssBytes: number;
  ms: number;
  exit: number | null;
} {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-bench-"));
  try {
    const data = path.join(dir, "data.json");
    const rss = path.join(dir, "rss");
    fs.writeFileSync(data, JSON.stringify(syntheticDataset({ rows })));
    const started = performance.now();
    const run = spawnSync(
      process.execPath,
      [
        "--require",
        path.join(__dirname, "rssProbe.js"),
        path.join(__dirname, "../../bin/jixiao.js"),
        "build",
        data,
        "--out",
        path.join(dir, "out"),
      ],
      { env: { ...process.env, JIXIAO_RSS_FILE: rss }, stdio: "ignore" },
    );
    const ms = Math.round(performance.now() - started);
    return { rows, peakRssBytes: Number(fs.readFileSync(rss, "utf8")), ms, exit: run.status };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
