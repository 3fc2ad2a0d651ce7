/**
 * The Word host: the report of a standard workbook (.xlsx) or a dataset file (.json) inserted at
 * the cursor through Word JS. The .xlsx reader and the report code load on demand.
 */
import { checkDataset, parseDataset, type Dataset } from "../domain";
import { HostKind, type Host } from "./host";

/** `Word.run`, or a stand-in of it. */
export type WordRun = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

async function datasetFrom(fileName: string, bytes: Uint8Array): Promise<Dataset> {
  if (/\.json$/i.test(fileName)) return parseDataset(new TextDecoder().decode(bytes));
  const [{ readXlsxGrid }, { importWorkbook }] = await Promise.all([
    import("../renderers/xlsx"),
    import("../workbook/import"),
  ]);
  return importWorkbook(await readXlsxGrid(bytes)).dataset;
}

/** The pane's operations in Word. */
export function wordHost(run: WordRun, supports?: (set: string, version: string) => boolean): Host {
  return {
    kind: HostKind.word,
    insertReportFrom: async (fileName: string, bytes: Uint8Array) => {
      const { model, findings } = checkDataset(await datasetFrom(fileName, bytes));
      const [{ buildReportPlan }, { insertReport }] = await Promise.all([
        import("../narrative"),
        import("../renderers/word"),
      ]);
      const plan = buildReportPlan(model, findings);
      await run((context) => insertReport(context, plan, supports ? { supports } : {}));
      return { title: plan.title, findings };
    },
  };
}
