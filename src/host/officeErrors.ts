/**
 * What the pane says when an operation fails: our own errors (already Chinese, with the bad value
 * and where it is) as they are; errors from Office.js mapped by their code to guidance the user
 * can act on, always followed by Office's own code and message so that nothing is hidden.
 */
import { JixiaoError } from "../errors";
import { officeErrorText } from "../i18n";

/** A failure as the pane shows it: what happened and what to do, then the details for support. */
export interface DescribedError {
  readonly title: string;
  /** What to do, in the user's words. */
  readonly text: string;
  /** Office's own code and message, or the unexpected error's message: for 详细信息, never hidden. */
  readonly detail?: string;
  /** Office's error code, when the error came from Office. */
  readonly code?: string;
}

type Guidance = { readonly title: string; readonly text: string };

const T = officeErrorText;

/**
 * Office error codes (OfficeExtension.ErrorCodes, Excel.ErrorCodes, Word.ErrorCodes) and the
 * guidance for each.
 */
const BY_CODE: Readonly<Record<string, Guidance>> = {
  InvalidOperationInCellEditMode: T.cellEditMode,
  AccessDenied: T.protectedOrDenied,
  NotAllowed: T.protectedOrDenied,
  ConnectionFailure: T.connection,
  RequestAborted: T.connection,
  OperationAborted: T.connection,
  ServiceNotAvailable: T.connection,
  Timeout: T.connection,
  RequestPayloadSizeLimitExceeded: T.tooLarge,
  ResponsePayloadSizeLimitExceeded: T.tooLarge,
  OperationCellsExceedLimit: T.tooLarge,
  RangeExceedsLimit: T.tooLarge,
  ItemNotFound: T.notFound,
  InvalidReference: T.notFound,
  ItemAlreadyExists: T.alreadyExists,
  Conflict: T.conflict,
  InsertDeleteConflict: T.conflict,
  MergedRangeConflict: T.conflict,
  FilteredRangeConflict: T.conflict,
  PivotTableRangeConflict: T.conflict,
  ActivityLimitReached: T.busy,
  SearchDialogIsOpen: T.busy,
  InvalidState: T.busy,
  ApiNotFound: T.unsupported,
  NotImplemented: T.unsupported,
  NotSupported: T.unsupported,
  UnsupportedFeature: T.unsupported,
  UnsupportedOperation: T.unsupported,
};

/** An `OfficeExtension.Error`, recognised by its shape (the global is not there outside Office). */
interface OfficeLikeError {
  readonly code: string;
  readonly message: string;
  readonly debugInfo?: { readonly code?: string; readonly message?: string };
}

function isOfficeError(error: unknown): error is OfficeLikeError {
  if (typeof error !== "object" || error === null) return false;
  const e = error as { code?: unknown; message?: unknown; name?: unknown };
  return typeof e.code === "string" && typeof e.message === "string";
}

/** Office's own words: the message, and the inner code where it says more than the outer one. */
function originalOf(error: OfficeLikeError): string {
  const inner =
    error.debugInfo?.code && error.debugInfo.code !== error.code ? ` / ${error.debugInfo.code}` : "";
  return T.original(`${error.code}${inner}`, error.message);
}

/** A described error as one text: the guidance followed by its details (for a dialog). */
export function describedText(described: DescribedError): string {
  return described.detail ? `${described.text}${described.detail}` : described.text;
}

/**
 * The title and text the pane shows for a failure.
 * @param error whatever the operation threw.
 */
export function describeError(error: unknown): DescribedError {
  if (error instanceof JixiaoError) return { title: T.ours.title, text: error.message };
  if (isOfficeError(error)) {
    // Writes refused on a protected sheet come as InvalidOperation on some hosts; the message says so.
    const protectedSheet = /protect|保护/i.test(`${error.message} ${error.debugInfo?.message ?? ""}`);
    // A general code says little: the inner code (debugInfo), or the message, may say more.
    const specific = (code: string | undefined) =>
      code && code !== "GeneralException" ? BY_CODE[code] : undefined;
    const guidance =
      specific(error.code) ??
      specific(error.debugInfo?.code) ??
      (protectedSheet ? T.protectedOrDenied : T.general);
    return { title: guidance.title, text: guidance.text, detail: originalOf(error), code: error.code };
  }
  if (error instanceof TypeError && /fetch|network/i.test(error.message))
    return { title: T.connection.title, text: T.connection.text, detail: `（${error.message}）` };
  const message = error instanceof Error ? error.message : String(error);
  return { title: T.unexpected.title, text: T.unexpected.text, detail: `（${message}）` };
}
