/**
 * Reading a file the user picked as a dataset file: before the JSON is parsed, the bytes say what
 * the file is, so that a workbook, a Word document or a PDF picked by mistake is named as such
 * (“这是 Excel 工作簿…”) instead of failing as JSON that does not parse. Pure: bytes in, a dataset
 * or a typed error out.
 */
import { InputFileError } from "../errors";
import { errorText } from "../i18n";
import type { Dataset } from "./dataset";
import { loadDataset } from "./schema";

const T = errorText.dataFile;

/** The file types a user may pick by mistake, by their first bytes (and, for zip packages, name). */
function whatItIs(fileName: string, bytes: Uint8Array): string | undefined {
  const starts = (...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04)) {
    if (/\.docx$/i.test(fileName)) return T.word;
    if (/\.(pptx|zip)$/i.test(fileName)) return T.otherPackage;
    return T.workbook;
  }
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return T.oldOffice;
  if (starts(0x25, 0x50, 0x44, 0x46)) return T.pdf;
  return undefined;
}

/**
 * The dataset a picked file holds.
 * @throws InputFileError naming the file and saying what it is instead, when it is not a dataset
 * file at all (a workbook, a document, text that is not JSON, JSON of another kind).
 * @throws DatasetError when it is a dataset file that breaks the contract.
 */
export function readDatasetFile(fileName: string, bytes: Uint8Array): Dataset {
  const other = whatItIs(fileName, bytes);
  if (other) throw new InputFileError(fileName, other);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw new InputFileError(fileName, T.notText);
  }
  const first = text.trimStart()[0];
  if (first === undefined) throw new InputFileError(fileName, T.empty);
  if (first === "[") throw new InputFileError(fileName, T.findingsFile);
  if (first !== "{") throw new InputFileError(fileName, T.notJson);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InputFileError(fileName, T.brokenJson);
  }
  if ((json as { format?: unknown }).format !== "jixiao-dataset")
    throw new InputFileError(fileName, T.otherJson);
  return loadDataset(json);
}
