/**
 * `npm run bench`: times the engine on seeded synthetic datasets and prints one JSON object.
 * Later issues add the workbook, report and bundle figures to the same output.
 */
import * as os from "node:os";
import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { checkDataset, loadDataset, type RawDataset } from "../domain";
import { WorkbookError } from "../errors";
import { buildReportPlan } from "../narrative";
import { renderDocx } from "../renderers/docx";
import { buildOrRefresh, checkWorkbook } from "../host/excel";
import { renderXlsx } from "../renderers/xlsx";
import { asRequestContext, installExcelGlobal, StandInContext } from "../testing/excelStandIn";
import { buildWorkbookPlan } from "../workbook";
import { benchLibreOffice } from "./libreoffice";
import { benchBuildMemory } from "./memory";
import { syntheticDataset } from "./synthetic";

/** Median of a list of numbers. */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function time<T>(fn: () => T): { ms: number; cpuMs: number; result: T } {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const result = fn();
  const used = process.cpuUsage(cpu);
  return {
    ms: Number(process.hrtime.bigint() - start) / 1e6,
    cpuMs: (used.user + used.system) / 1000,
    result,
  };
}

/** Times loading and checking one synthetic size: median of `runs` after one warm-up run. */
export function benchEngine(rows: number, runs = 5) {
  const raw = syntheticDataset({ rows });
  const text = JSON.stringify(raw);
  const loads: number[] = [];
  const checks: number[] = [];
  const loadCpus: number[] = [];
  const checkCpus: number[] = [];
  const parses: number[] = [];
  const parseCpus: number[] = [];
  let findings = 0;
  // Collect the previous run's garbage before each timed phase (node --expose-gc), so that
  // one phase does not pay for the last one's heap.
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  for (let i = 0; i <= runs; i++) {
    gc();
    // Loading is JSON.parse of the file's text, then validation into a Dataset (timed apart).
    const parsed = time(() => JSON.parse(text) as RawDataset);
    const validated = time(() => loadDataset(parsed.result));
    const loaded = {
      ms: parsed.ms + validated.ms,
      cpuMs: parsed.cpuMs + validated.cpuMs,
      result: validated.result,
    };
    gc();
    const checked = time(() => checkDataset(loaded.result));
    findings = checked.result.findings.length;
    if (i === 0) continue; // warm-up
    loads.push(loaded.ms);
    parses.push(parsed.ms);
    parseCpus.push(parsed.cpuMs);
    checks.push(checked.ms);
    loadCpus.push(loaded.cpuMs);
    checkCpus.push(checked.cpuMs);
  }
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    rows,
    tables: raw.fundTables?.length ?? 0,
    indicators: raw.indicators?.length ?? 0,
    datasetBytes: Buffer.byteLength(text),
    /** Loading (JSON.parse and validation) and, of it, JSON.parse alone. */
    loadMs: round(median(loads)),
    parseMs: round(median(parses)),
    checkMs: round(median(checks)),
    // CPU time of this process (the collector's threads included): less sensitive than the wall
    // clock to other work on a shared machine.
    loadCpuMs: round(median(loadCpus)),
    parseCpuMs: round(median(parseCpus)),
    checkCpuMs: round(median(checkCpus)),
    findings,
  };
}

/** Runs one host operation on the stand-in: its time, syncs and largest request. */
async function measure<T extends { syncs: number; readSyncs: number }>(
  ctx: StandInContext,
  operation: () => Promise<T>,
) {
  const before = ctx.stats.payloads.length;
  const start = process.hrtime.bigint();
  const result = await operation();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return {
    result,
    figures: {
      syncs: result.syncs,
      readSyncs: result.readSyncs,
      largestSyncPayloadBytes: Math.max(0, ...ctx.stats.payloads.slice(before)),
      standInMs: Math.round(ms * 10) / 10,
    },
  };
}

/**
 * Builds the workbook of one synthetic size: plan time; on the counting Office.js stand-in the
 * build into an empty workbook, a re-check with the layout the pane keeps (check-and-highlight)
 * and one without it (the first check after opening); .xlsx time and size (up to `xlsxRows`).
 */
export async function benchWorkbook(rows: number, xlsxRows = 30_000) {
  const dataset = loadDataset(syntheticDataset({ rows }));
  const { model, findings } = checkDataset(dataset);
  const planned = time(() => buildWorkbookPlan(model, findings));
  installExcelGlobal();
  const ctx = new StandInContext();
  const context = asRequestContext(ctx);
  const build = await measure(ctx, () => buildOrRefresh(context, { dataset }));
  const check = await measure(ctx, () => checkWorkbook(context, { layout: build.result.layout }));
  // Without the layout the workbook is read afresh, within the read limits: a workbook past them is
  // refused (WorkbookError), and the bench says so instead of timing it.
  const cold = await measure(ctx, () => checkWorkbook(context)).catch((error: unknown) => {
    if (error instanceof WorkbookError) return { figures: { refused: error.reason } };
    throw error;
  });
  const round = (n: number) => Math.round(n * 10) / 10;
  let xlsx: { ms: number; bytes: number } | null = null;
  if (rows <= xlsxRows) {
    const xlsxStart = process.hrtime.bigint();
    const bytes = await renderXlsx(planned.result.plan);
    xlsx = { ms: round(Number(process.hrtime.bigint() - xlsxStart) / 1e6), bytes: bytes.length };
  }
  return {
    rows,
    findings: findings.length,
    planMs: round(planned.ms),
    officeJs: {
      build: { ...build.figures, estimatedPayloadBytes: build.result.render.totalPayload },
      checkAndHighlight: { ...check.figures, sheetsWritten: check.result.render.updated },
      checkWithoutLayout: cold.figures,
    },
    xlsx,
  };
}

/**
 * Builds the report plan and the .docx of a dataset: median of `runs` after a warm-up (no
 * warm-up when `runs` is 1: the large sizes are timed once).
 */
export async function benchReport(raw: RawDataset, label: string, runs = 5) {
  const { model, findings } = checkDataset(loadDataset(raw));
  const plans: number[] = [];
  const docs: number[] = [];
  let bytes = 0;
  for (let i = runs > 1 ? 0 : 1; i <= runs; i++) {
    const planned = time(() => buildReportPlan(model, findings));
    const start = process.hrtime.bigint();
    const docx = await renderDocx(planned.result);
    const docxMs = Number(process.hrtime.bigint() - start) / 1e6;
    bytes = docx.length;
    if (i === 0) continue; // warm-up
    plans.push(planned.ms);
    docs.push(docxMs);
  }
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    dataset: label,
    planMs: round(median(plans)),
    docxMs: round(median(docs)),
    totalMs: round(median(plans) + median(docs)),
    bytes,
  };
}

/**
 * The task pane's initial JavaScript (the `taskpane` entry of the production build in dist/),
 * gzip-compressed; null when dist/ has not been built (`npm run build`).
 */
export function taskpaneBundle(): { file: string; bytes: number; gzipBytes: number } | null {
  const dist = path.join(__dirname, "../../dist");
  if (!fs.existsSync(dist)) return null;
  const file = fs.readdirSync(dist).find((f) => /^taskpane\.[0-9a-f]+\.js$/.test(f));
  if (!file) return null;
  const bytes = fs.readFileSync(path.join(dist, file));
  return { file, bytes: bytes.length, gzipBytes: zlib.gzipSync(bytes, { level: 9 }).length };
}

/** The machine the bench runs on, with its load when it starts. */
function machine() {
  return {
    node: process.version,
    platform: process.platform,
    arch: process.arch,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "",
    /** Load averages (1, 5, 15 minutes) when the bench started: other work on the machine. */
    loadAtStart: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

/**
 * Runs the benchmark and prints its JSON. `--engine` runs the engine part alone (a few seconds:
 * `npm run -s bench -- --engine`), with `--runs N` for more timed runs than the default 5.
 */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const sizes = [30, 3_000, 100_000];
  if (argv.includes("--engine")) {
    const at = argv.indexOf("--runs");
    const runs = at >= 0 ? Math.max(1, Number(argv[at + 1]) || 5) : 5;
    const engine = { machine: machine(), engine: sizes.map((rows) => benchEngine(rows, runs)) };
    process.stdout.write(`${JSON.stringify(engine, null, 2)}\n`);
    return;
  }
  const result = {
    machine: machine(),
    targets: {
      engineCheck100kMs: 500,
      libreOfficeHighlightsRatio3000: 1.5,
      libreOfficeExport3000Ms: 60_000,
      officeJsBuildSyncsBelowChunk: 3,
      checkAndHighlightSyncsBelowChunk: 2,
      largestSyncPayloadBytes: 4 * 1024 * 1024,
      buildPeakRss30kBytes: 1024 * 1024 * 1024,
    },
    engine: sizes.map((rows) => benchEngine(rows)),
    workbook: [] as Awaited<ReturnType<typeof benchWorkbook>>[],
    libreOffice: [] as Awaited<ReturnType<typeof benchLibreOffice>>,
    report: [] as Awaited<ReturnType<typeof benchReport>>[],
    taskpaneInitialJs: taskpaneBundle(),
    /** `jixiao build` in its own process (exit 1: the synthetic data has error findings). */
    cliBuildMemory: [3_000, 30_000].map((rows) => benchBuildMemory(rows)),
  };
  for (const rows of [30, 3_000, 30_000, 100_000]) result.workbook.push(await benchWorkbook(rows));
  // The highlights' cost in LibreOffice (null figures, saying why, where it is not installed).
  result.libreOffice = await benchLibreOffice([30, 3_000]);
  const sample = JSON.parse(
    fs.readFileSync(path.join(__dirname, "../../samples/hunan-province-2024.json"), "utf8"),
  ) as RawDataset;
  result.report.push(await benchReport(sample, "sample"));
  for (const rows of [30, 3_000])
    result.report.push(await benchReport(syntheticDataset({ rows }), `synthetic-${rows}`));
  // A report of 30,000 table rows (≈ 600 pages) is timed once; 100,000 rows take about three
  // minutes in the docx package and are left out of the routine run (docs/performance.md).
  result.report.push(await benchReport(syntheticDataset({ rows: 30_000 }), "synthetic-30000", 1));
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

if (require.main === module) void main();
