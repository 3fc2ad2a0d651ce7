/**
 * The benchmark's own figures that are not timings: sync counts and request sizes of the
 * smallest size, and the median. (Timings are shown by `npm run bench`, never asserted.)
 */
import { benchWorkbook, median } from "../../src/bench/main";

describe("the benchmark", () => {
  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[7], 7],
  ])("median of %j is %d", (values, want) => {
    expect(median(values)).toBe(want);
  });

  it("counts 3 syncs to build and 2 to re-check a small workbook, with no .xlsx above the limit", async () => {
    const figures = await benchWorkbook(30, 0);
    expect(figures.officeJs.build.syncs).toBe(3);
    expect(figures.officeJs.checkAndHighlight).toMatchObject({
      syncs: 2,
      readSyncs: 1,
      sheetsWritten: ["检查结果"],
    });
    expect(figures.officeJs.checkWithoutLayout.syncs).toBe(4);
    expect(figures.officeJs.build.largestSyncPayloadBytes).toBeLessThan(4_000_000);
    expect(figures.xlsx).toBeNull();
  });
});
