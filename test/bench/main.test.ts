/**
 * The benchmark's own figures that are not timings: sync counts and request sizes of the
 * smallest size, and the median. (Timings are shown by `npm run bench`, never asserted.)
 */
import { benchLibreOffice, childrenCpuMs, findSoffice } from "../../src/bench/libreoffice";
import { benchEngine, benchWorkbook, median } from "../../src/bench/main";

describe("the benchmark", () => {
  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[7], 7],
  ])("median of %j is %d", (values, want) => {
    expect(median(values)).toBe(want);
  });

  it("times loading with JSON.parse apart, and counts the engine's findings", () => {
    const figures = benchEngine(30, 1);
    expect(figures).toMatchObject({ rows: 30, tables: 20, findings: expect.any(Number) });
    expect(figures.findings).toBeGreaterThan(0);
    // JSON.parse is part of loading (parse + validation).
    expect(figures.parseMs).toBeLessThanOrEqual(figures.loadMs);
    expect(figures.parseCpuMs).toBeLessThanOrEqual(figures.loadCpuMs);
  });

  it("counts 3 syncs to build and 2 to re-check a small workbook, with no .xlsx above the limit", async () => {
    const figures = await benchWorkbook(30, 0);
    expect(figures.officeJs.build.syncs).toBe(3);
    expect(figures.officeJs.checkAndHighlight).toMatchObject({
      syncs: 2,
      readSyncs: 1,
      sheetsWritten: ["检查结果"],
    });
    expect(figures.officeJs.checkWithoutLayout).toMatchObject({ syncs: 4, readSyncs: 3 });
    expect(figures.officeJs.build.largestSyncPayloadBytes).toBeLessThan(4_000_000);
    expect(figures.xlsx).toBeNull();
  });

  it("says the LibreOffice figures were not measured when soffice is not on PATH", async () => {
    const path = process.env.PATH;
    process.env.PATH = "";
    try {
      const [figures] = await benchLibreOffice([30], 1);
      expect(figures).toMatchObject({
        rows: 30,
        withHighlightsMs: null,
        withoutHighlightsMs: null,
        ratio: null,
        runs: 0,
        notMeasured: expect.stringContaining("soffice"),
      });
    } finally {
      process.env.PATH = path;
    }
  });

  if (!findSoffice() && !process.env.CI)
    // A developer machine without LibreOffice: say so instead of passing silently. CI installs it.
    it("does not time LibreOffice here: soffice is not installed", () => {
      expect(findSoffice()).toBeNull();
    });
  else
    it("times LibreOffice's PDF export with and without the highlights", async () => {
      if (!findSoffice())
        throw new Error("LibreOffice (soffice) is required in CI: install libreoffice-calc");
      const [figures] = await benchLibreOffice([30], 1);
      expect(figures.notMeasured).toBeUndefined();
      expect(figures.withHighlightsMs).toBeGreaterThan(0);
      expect(figures.withoutHighlightsMs).toBeGreaterThan(0);
      expect(figures.ratio).toBeCloseTo(
        (figures.withHighlightsMs ?? 0) / (figures.withoutHighlightsMs ?? 1),
        1,
      );
      if (process.platform === "linux") expect(figures.withHighlightsCpuMs).toBeGreaterThan(0);
    }, 120_000);

  it("reads the CPU time of finished child processes on Linux", () => {
    const cpu = childrenCpuMs();
    if (process.platform === "linux") expect(cpu).toBeGreaterThanOrEqual(0);
    else expect(cpu).toBeNull();
  });
});
