/**
 * Reading a .docx back as text: the body's paragraphs (the text of their runs joined) and tables
 * (rows of cells by grid column), in document order, each paragraph numbered as Word counts them
 * (from 1, the paragraphs of table cells included). jszip opens the package and fast-xml-parser
 * reads word/document.xml in order; both run in Node (the command line) and in the browser (the
 * Excel pane). Deleted text of tracked changes, field codes and text boxes are not body text.
 */
import { XMLParser } from "fast-xml-parser";
import JSZip from "jszip";
import { DocumentError } from "../errors";
import { errorText } from "../i18n";
import { eachChunk } from "./zipStream";

/**
 * What a report's parts may unzip to before the document is refused unread. A generated report's
 * word/document.xml is about 180 KB and one saved by Word with a hundred pages of tables a few
 * megabytes; a zip of a few hundred kilobytes can unzip to gigabytes. Only the parts read are
 * unzipped (the body and the package's relationships), so the limit is per part.
 */
export const DOCX_LIMITS = { partBytes: 32 * 1024 * 1024 } as const;

/** The limits a reader applies (tests pass small ones). */
export interface DocxLimits {
  /** One part read (word/document.xml, _rels/.rels), unzipped. */
  readonly partBytes: number;
}

/** A paragraph of the body. */
export interface DocxParagraph {
  readonly kind: "paragraph";
  /** Its number in the document, from 1 (table cell paragraphs counted too). */
  readonly paragraph: number;
  readonly text: string;
}

/** A cell of a table row. */
export interface DocxCell {
  /** The number of the cell's first paragraph. */
  readonly paragraph: number;
  /** Its paragraphs' text, joined by line breaks. */
  readonly text: string;
  /** The grid column it starts at (from 0). */
  readonly column: number;
  /** Grid columns it spans (w:gridSpan). */
  readonly span: number;
  /** True for a cell continuing a vertical merge from the row above (it shows nothing of its own). */
  readonly merged: boolean;
}

export interface DocxTable {
  readonly kind: "table";
  /** Its number in the document, from 1. */
  readonly table: number;
  readonly rows: readonly { readonly cells: readonly DocxCell[] }[];
}

/** The body of a document: paragraphs and tables in order. */
export interface DocxContent {
  readonly blocks: readonly (DocxParagraph | DocxTable)[];
}

/** An element of the order-preserving tree: one tag with its children, and its attributes. */
type XmlNode = { readonly [tag: string]: unknown } & { readonly ":@"?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  // Keep text as written: "0.50" stays "0.50", and spaces inside w:t are content.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
});

const tagOf = (node: XmlNode): string => Object.keys(node).find((k) => k !== ":@") ?? "";
const childrenOf = (node: XmlNode): XmlNode[] => {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
};
const attr = (node: XmlNode, name: string): string | undefined => node[":@"]?.[name];

/** Elements whose content is not body text (deleted text, field codes, drawings and text boxes). */
const SKIPPED = new Set([
  "w:pPr",
  "w:rPr",
  "w:del",
  "w:delText",
  "w:instrText",
  "w:drawing",
  "w:pict",
  "w:object",
  "mc:AlternateContent",
  "w:txbxContent",
  "w:footnoteReference",
  "w:endnoteReference",
  "w:commentReference",
]);

/** The text of a paragraph's runs (tabs as \t, line breaks as \n). */
function paragraphText(node: XmlNode): string {
  let text = "";
  const walk = (n: XmlNode) => {
    const tag = tagOf(n);
    if (tag === "#text") {
      return;
    }
    if (SKIPPED.has(tag)) return;
    if (tag === "w:t") {
      for (const c of childrenOf(n)) if (typeof c["#text"] === "string") text += c["#text"];
      return;
    }
    if (tag === "w:tab" || tag === "w:ptab") text += "\t";
    else if (tag === "w:br" || tag === "w:cr") text += "\n";
    else if (tag === "w:noBreakHyphen") text += "-";
    for (const c of childrenOf(n)) walk(c);
  };
  for (const c of childrenOf(node)) walk(c);
  return text;
}

/** Reads the body of word/document.xml. */
export function readDocumentXml(xml: string): DocxContent {
  const tree = parser.parse(xml) as XmlNode[];
  const document = tree.find((n) => tagOf(n) === "w:document");
  const body = document ? childrenOf(document).find((n) => tagOf(n) === "w:body") : undefined;
  const blocks: (DocxParagraph | DocxTable)[] = [];
  let paragraphs = 0;
  let tables = 0;

  /** The paragraphs (and nested tables' paragraphs) of a cell, counted in order. */
  const cellParagraphs = (node: XmlNode, out: { first: number; texts: string[] }) => {
    for (const c of childrenOf(node)) {
      const tag = tagOf(c);
      if (tag === "w:p") {
        paragraphs++;
        if (out.first === 0) out.first = paragraphs;
        out.texts.push(paragraphText(c));
      } else if (
        tag === "w:tbl" ||
        tag === "w:tr" ||
        tag === "w:tc" ||
        tag === "w:sdt" ||
        tag === "w:sdtContent"
      )
        cellParagraphs(c, out);
    }
  };

  const table = (node: XmlNode): DocxTable => {
    const number = ++tables;
    const rows: { cells: DocxCell[] }[] = [];
    const rowNodes: XmlNode[] = [];
    const collectRows = (n: XmlNode) => {
      for (const c of childrenOf(n)) {
        const tag = tagOf(c);
        if (tag === "w:tr") rowNodes.push(c);
        else if (tag === "w:sdt" || tag === "w:sdtContent" || tag === "w:customXml") collectRows(c);
      }
    };
    collectRows(node);
    for (const tr of rowNodes) {
      let column = 0;
      const trPr = childrenOf(tr).find((c) => tagOf(c) === "w:trPr");
      const before = trPr && childrenOf(trPr).find((c) => tagOf(c) === "w:gridBefore");
      if (before) column = Number(attr(before, "w:val") ?? 0) || 0;
      const cells: DocxCell[] = [];
      const cellNodes: XmlNode[] = [];
      const collectCells = (n: XmlNode) => {
        for (const c of childrenOf(n)) {
          const tag = tagOf(c);
          if (tag === "w:tc") cellNodes.push(c);
          else if (tag === "w:sdt" || tag === "w:sdtContent" || tag === "w:customXml") collectCells(c);
        }
      };
      collectCells(tr);
      for (const tc of cellNodes) {
        const tcPr = childrenOf(tc).find((c) => tagOf(c) === "w:tcPr");
        const props = tcPr ? childrenOf(tcPr) : [];
        const gridSpan = props.find((c) => tagOf(c) === "w:gridSpan");
        const vMerge = props.find((c) => tagOf(c) === "w:vMerge");
        const span = Math.max(1, Number(gridSpan ? attr(gridSpan, "w:val") : 1) || 1);
        const out = { first: 0, texts: [] as string[] };
        cellParagraphs(tc, out);
        const merged = vMerge !== undefined && attr(vMerge, "w:val") !== "restart";
        cells.push({ paragraph: out.first || paragraphs, text: out.texts.join("\n"), column, span, merged });
        column += span;
      }
      rows.push({ cells });
    }
    return { kind: "table", table: number, rows };
  };

  const walk = (nodes: readonly XmlNode[]) => {
    for (const n of nodes) {
      const tag = tagOf(n);
      if (tag === "w:p") blocks.push({ kind: "paragraph", paragraph: ++paragraphs, text: paragraphText(n) });
      else if (tag === "w:tbl") blocks.push(table(n));
      else if (tag === "w:sdt" || tag === "w:sdtContent" || tag === "w:customXml") walk(childrenOf(n));
    }
  };
  if (body) walk(childrenOf(body));
  return { blocks };
}

/**
 * Reads a .docx file's body.
 * @throws DocumentError when a part read unzips beyond the limit ({@link DOCX_LIMITS}).
 * @throws Error when the bytes are not a zip package or hold no word/document.xml.
 */
export async function readDocx(bytes: Uint8Array, limits: DocxLimits = DOCX_LIMITS): Promise<DocxContent> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file(await mainPart(zip, limits)) ?? zip.file("word/document.xml");
  if (!part) throw new Error("word/document.xml");
  return readDocumentXml(await textOf(part, limits));
}

/**
 * A part's text, unzipped in chunks and refused as soon as it passes the limit (the size a zip
 * declares is not trusted).
 */
async function textOf(entry: JSZip.JSZipObject, limits: DocxLimits): Promise<string> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  await eachChunk(entry, (chunk) => {
    total += chunk.length;
    if (total > limits.partBytes)
      return new DocumentError(
        errorText.document.tooLarge(entry.name, Math.ceil(limits.partBytes / 1024 / 1024)),
      );
    chunks.push(chunk);
    return undefined;
  });
  const all = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return new TextDecoder("utf-8").decode(all);
}

const OFFICE_DOCUMENT = /\/officeDocument$/u;

/** The main document part the package's relationships name (word/document.xml almost always). */
async function mainPart(zip: JSZip, limits: DocxLimits): Promise<string> {
  const rels = zip.file("_rels/.rels");
  if (!rels) return "word/document.xml";
  const tree = parser.parse(await textOf(rels, limits)) as XmlNode[];
  const root = tree.find((n) => tagOf(n) === "Relationships");
  const main = (root ? childrenOf(root) : []).find(
    (n) => tagOf(n) === "Relationship" && OFFICE_DOCUMENT.test(attr(n, "Type") ?? ""),
  );
  const target = main ? attr(main, "Target") : undefined;
  return target ? target.replace(/^\//u, "") : "word/document.xml";
}
