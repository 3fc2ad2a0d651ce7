/**
 * The Word host: the report of a standard workbook (.xlsx) or a dataset file (.json) inserted at
 * the cursor through Word JS. The .xlsx reader and the report code load on demand.
 */
import { checkDataset, readDatasetFile, type Dataset } from "../domain";
import { clearMarks, markFindings, readWordBlocks, selectFigure, type ReportMark } from "./wordReport";
import { HostKind, type DataFile, type Host, type Review } from "./seam";

/** `Word.run`, or a stand-in of it. */
export type WordRun = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

/** The dataset of a file, and the reviews its 检查结果 holds (a workbook's; none for a dataset file). */
async function datasetFrom(
  fileName: string,
  bytes: Uint8Array,
): Promise<{ dataset: Dataset; reviews: ReadonlyMap<string, Review> }> {
  if (/\.json$/i.test(fileName)) return { dataset: readDatasetFile(fileName, bytes), reviews: new Map() };
  const [{ readXlsxGrid }, { importWorkbook }] = await Promise.all([
    import("../renderers/xlsx"),
    import("../workbook/import"),
  ]);
  const { dataset, reviews } = importWorkbook(await readXlsxGrid(bytes));
  return { dataset, reviews };
}

/** The pane's operations in Word. */
export function wordHost(run: WordRun, supports?: (set: string, version: string) => boolean): Host {
  const can = supports ?? (() => true);
  /** The marks the last report check placed (highlights are removed from this list). */
  let marks: ReportMark[] = [];
  return {
    kind: HostKind.word,
    insertReportFrom: async (fileName: string, bytes: Uint8Array) => {
      const { dataset, reviews } = await datasetFrom(fileName, bytes);
      const { model, findings } = checkDataset(dataset);
      const [{ buildReportPlan }, { insertReport }] = await Promise.all([
        import("../narrative"),
        import("../renderers/word"),
      ]);
      const plan = buildReportPlan(model, findings);
      await run((context) => insertReport(context, plan, supports ? { supports } : {}));
      return { title: plan.title, findings, reviews };
    },
    checkReport: async (data?: DataFile) => {
      const model = data
        ? checkDataset((await datasetFrom(data.fileName, data.bytes)).dataset).model
        : undefined;
      const { checkReport } = await import("../reportcheck");
      const result = await run(async (context) => {
        const checked = checkReport(await readWordBlocks(context, can), model ? { model } : {});
        // The marks of an earlier check go first, so that a figure is never marked twice.
        await clearMarks(context, marks, can);
        marks = await markFindings(context, checked.findings, can);
        return checked;
      });
      return {
        findings: result.findings,
        figures: result.figures.length,
        attributed: result.attributed.length,
        unattributed: result.unattributed,
        marks: can("WordApi", "1.4") ? "comment" : "highlight",
        ...(data ? { data: data.fileName } : {}),
      };
    },
    selectReportFinding: (finding) => run((context) => selectFigure(context, finding.anchor, can)),
    clearReportMarks: async () => {
      const removed = await run((context) => clearMarks(context, marks, can));
      marks = [];
      return removed;
    },
  };
}
