/**
 * Reports the project generates (buildReportPlan + renderDocx), edited the way users edit them in
 * Word, and read back for the report check.
 */
import JSZip from "jszip";
import { checkDataset, loadDataset, type ComputedModel, type RawDataset } from "../../src/domain";
import { buildReportPlan, type BlockPlan, type ReportPlan } from "../../src/narrative";
import { renderDocx } from "../../src/renderers/docx";
import { readDocx } from "../../src/renderers/docxRead";
import { docxBlocks, type TextBlock } from "../../src/reportcheck";

/** The model and report plan of a raw dataset. */
export function reportOf(raw: RawDataset): { model: ComputedModel; plan: ReportPlan } {
  const { model, findings } = checkDataset(loadDataset(raw));
  return { model, plan: buildReportPlan(model, findings) };
}

const paragraphText = (b: BlockPlan) => (b.kind === "paragraph" ? b.runs.map((r) => r.text).join("") : "");

/** The index of the first paragraph whose text contains every one of `parts`. */
export function paragraphIndex(plan: ReportPlan, ...parts: string[]): number {
  const i = plan.blocks.findIndex(
    (b) => b.kind === "paragraph" && parts.every((p) => paragraphText(b).includes(p)),
  );
  if (i < 0) throw new Error(`no paragraph contains ${parts.join(" and ")}`);
  return i;
}

/** A figure retyped: `from` replaced by `to` in the first paragraph containing `from` and `near`. */
export function retype(plan: ReportPlan, from: string, to: string, near = from): ReportPlan {
  const at = paragraphIndex(plan, from, near);
  const blocks = plan.blocks.map((b, i): BlockPlan =>
    i === at && b.kind === "paragraph" ? { ...b, runs: [{ text: paragraphText(b).replace(from, to) }] } : b,
  );
  return { ...plan, blocks };
}

/** A paragraph pasted in after the block at `after`. */
export function paste(plan: ReportPlan, paragraph: string, after: number): ReportPlan {
  const blocks = [...plan.blocks];
  blocks.splice(after + 1, 0, { kind: "paragraph", runs: [{ text: paragraph }] });
  return { ...plan, blocks };
}

/** A table cell changed: in the `table`-th table (from 0), the row whose cells include `row`, cell `cell` (in the row's cells). */
export function changeCell(
  plan: ReportPlan,
  table: number,
  row: string,
  cell: number,
  text: string,
): ReportPlan {
  let seen = -1;
  const blocks = plan.blocks.map((b): BlockPlan => {
    if (b.kind !== "table" || ++seen !== table) return b;
    return {
      ...b,
      rows: b.rows.map((r) =>
        r.cells.some((c) => c.text === row)
          ? { ...r, cells: r.cells.map((c, i) => (i === cell ? { ...c, text } : c)) }
          : r,
      ),
    };
  });
  return { ...plan, blocks };
}

/** The text blocks of a plan as the check reads them: rendered to .docx and read back. */
export async function blocksOf(plan: ReportPlan): Promise<TextBlock[]> {
  return docxBlocks(await readDocx(await renderDocx(plan)));
}

/**
 * Edits the .docx itself: `from` in word/document.xml replaced by `to` (e.g. a figure whose text
 * Word has split into two runs, as it does after a retyped digit).
 */
export async function editDocumentXml(docx: Uint8Array, from: string, to: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(docx);
  const part = zip.file("word/document.xml");
  if (!part) throw new Error("no word/document.xml");
  const xml = await part.async("string");
  if (!xml.includes(from)) throw new Error(`document.xml has no ${from}`);
  zip.file("word/document.xml", xml.replace(from, to));
  return zip.generateAsync({ type: "uint8array" });
}
