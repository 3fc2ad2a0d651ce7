/**
 * The Word host: the report of a standard workbook (.xlsx) or a dataset file (.json) inserted at
 * the cursor through Word JS. The .xlsx reader and the report code load on demand.
 */
import { checkDataset, readDatasetFile, type Dataset } from "../domain";
import { HostKind, type Host, type Review } from "./seam";

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
  };
}
