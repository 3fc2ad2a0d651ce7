/**
 * What the highlights that follow 检查结果 cost in LibreOffice: the standard workbook of a synthetic
 * dataset, as `jixiao build` writes it, exported headless to PDF (which draws every cell, so every
 * conditional format is evaluated) with and without the highlights, alternately, in one run. The
 * bench runs without LibreOffice: the figures are then null and say why.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { checkDataset, loadDataset } from "../domain";
import { renderXlsx } from "../renderers/xlsx";
import { buildWorkbookPlan } from "../workbook";
import { syntheticDataset } from "./synthetic";

/** The soffice program on PATH, or null. */
export function findSoffice(): string | null {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, process.platform === "win32" ? "soffice.exe" : "soffice");
    if (fs.existsSync(candidate)) return candidate;
  }
  return null;
}

/**
 * CPU time of this process's finished children, in ms (Linux: /proc/self/stat's cutime + cstime,
 * in USER_HZ = 100 ticks a second); null elsewhere. A child's own children count once it has
 * waited for them, as soffice waits for soffice.bin.
 */
export function childrenCpuMs(): number | null {
  try {
    const stat = fs.readFileSync("/proc/self/stat", "utf8");
    // Fields after the command name (which may hold spaces, in parentheses): state is field 3.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const [cutime, cstime] = [Number(fields[13]), Number(fields[14])];
    return Number.isFinite(cutime) && Number.isFinite(cstime) ? (cutime + cstime) * 10 : null;
  } catch {
    return null;
  }
}

/** One headless export: wall-clock and CPU ms, or null when it failed or passed the timeout. */
export interface ExportTiming {
  readonly wallMs: number | null;
  readonly cpuMs: number | null;
}

/** Exports `xlsx` to PDF with LibreOffice headless, with the given user profile. */
export function exportPdf(
  soffice: string,
  profile: string,
  xlsx: Uint8Array,
  timeoutMs: number,
): ExportTiming {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-bench-"));
  try {
    fs.writeFileSync(path.join(dir, "book.xlsx"), xlsx);
    const cpuBefore = childrenCpuMs();
    const start = process.hrtime.bigint();
    const run = spawnSync(
      soffice,
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        path.join(dir, "book.xlsx"),
      ],
      { stdio: "ignore", timeout: timeoutMs, killSignal: "SIGKILL" },
    );
    const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
    const cpuAfter = childrenCpuMs();
    const ok = run.status === 0 && fs.existsSync(path.join(dir, "book.pdf"));
    return {
      wallMs: ok ? wallMs : null,
      cpuMs: ok && cpuBefore !== null && cpuAfter !== null ? cpuAfter - cpuBefore : null,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Median of the numbers; null when there are none or one is missing (a run that failed). */
function medianOf(values: readonly (number | null)[]): number | null {
  if (!values.length || values.some((v) => v === null)) return null;
  const s = (values as number[]).slice().sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The LibreOffice figures of one size (null figures when not measured, with the reason). */
export interface LibreOfficeFigures {
  readonly rows: number;
  /** Median wall-clock ms of the PDF export, with and without the highlights. */
  readonly withHighlightsMs: number | null;
  readonly withoutHighlightsMs: number | null;
  /** withHighlightsMs ÷ withoutHighlightsMs. */
  readonly ratio: number | null;
  /** The same in CPU ms of LibreOffice (less sensitive to other work on the machine); Linux only. */
  readonly withHighlightsCpuMs: number | null;
  readonly withoutHighlightsCpuMs: number | null;
  readonly cpuRatio: number | null;
  readonly runs: number;
  readonly method: "headless PDF export (soffice --convert-to pdf)";
  /** Load averages (1, 5, 15 minutes) before and after this size's runs. */
  readonly load: { readonly before: readonly number[]; readonly after: readonly number[] };
  readonly notMeasured?: string;
}

/**
 * Times the PDF export of the workbook of each size, with and without the highlights, `runs` times
 * each, alternating (so that both see the same load), after one untimed export that creates the
 * profile; figures are medians. An export past `timeoutMs` counts as not finished (null).
 */
export async function benchLibreOffice(
  sizes: readonly number[],
  runs = 3,
  timeoutMs = 300_000,
): Promise<LibreOfficeFigures[]> {
  const soffice = findSoffice();
  const round = (n: number | null, places = 0) =>
    n === null ? null : Math.round(n * 10 ** places) / 10 ** places;
  const loadNow = () => os.loadavg().map((l) => round(l, 2) as number);
  if (!soffice)
    return sizes.map((rows) => ({
      rows,
      withHighlightsMs: null,
      withoutHighlightsMs: null,
      ratio: null,
      withHighlightsCpuMs: null,
      withoutHighlightsCpuMs: null,
      cpuRatio: null,
      runs: 0,
      method: "headless PDF export (soffice --convert-to pdf)",
      load: { before: loadNow(), after: loadNow() },
      notMeasured: "LibreOffice (soffice) is not on PATH",
    }));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-bench-profile-"));
  try {
    const out: LibreOfficeFigures[] = [];
    for (const rows of sizes) {
      const { model, findings } = checkDataset(loadDataset(syntheticDataset({ rows })));
      const withHighlights = await renderXlsx(buildWorkbookPlan(model, findings).plan);
      const without = await renderXlsx(buildWorkbookPlan(model, findings, { highlights: false }).plan);
      if (!out.length) exportPdf(soffice, profile, without, timeoutMs); // creates the profile
      const before = loadNow();
      const timed = { with: [] as ExportTiming[], without: [] as ExportTiming[] };
      for (let i = 0; i < runs; i++) {
        // Alternate which goes first, so that neither always follows the other.
        const order = i % 2 ? (["with", "without"] as const) : (["without", "with"] as const);
        for (const which of order)
          timed[which].push(
            exportPdf(soffice, profile, which === "with" ? withHighlights : without, timeoutMs),
          );
      }
      const ms = (which: "with" | "without", key: keyof ExportTiming) =>
        medianOf(timed[which].map((t) => t[key]));
      const ratio = (a: number | null, b: number | null) => (a !== null && b ? round(a / b, 2) : null);
      const [withMs, withoutMs] = [ms("with", "wallMs"), ms("without", "wallMs")];
      const [withCpu, withoutCpu] = [ms("with", "cpuMs"), ms("without", "cpuMs")];
      out.push({
        rows,
        withHighlightsMs: round(withMs),
        withoutHighlightsMs: round(withoutMs),
        ratio: ratio(withMs, withoutMs),
        withHighlightsCpuMs: round(withCpu),
        withoutHighlightsCpuMs: round(withoutCpu),
        cpuRatio: ratio(withCpu, withoutCpu),
        runs,
        method: "headless PDF export (soffice --convert-to pdf)",
        load: { before, after: loadNow() },
        ...(withMs === null || withoutMs === null
          ? { notMeasured: `an export failed or took over ${timeoutMs / 1000} s` }
          : {}),
      });
    }
    return out;
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}
