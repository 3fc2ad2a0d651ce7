/** The pane's words for a failure: Office's codes mapped to guidance, Office's own words kept. */
import { DatasetError, WorkbookError } from "../../src/errors";
import { officeErrorText as T } from "../../src/i18n";
import { describeError, describedText } from "../../src/host/officeErrors";

/** An error shaped like `OfficeExtension.Error`. */
const office = (code: string, message: string, debugInfo?: { code?: string; message?: string }) =>
  Object.assign(new Error(message), { name: "RichApi.Error", code, ...(debugInfo ? { debugInfo } : {}) });

describe("describeError", () => {
  it.each([
    ["InvalidOperationInCellEditMode", T.cellEditMode],
    ["AccessDenied", T.protectedOrDenied],
    ["NotAllowed", T.protectedOrDenied],
    ["ConnectionFailure", T.connection],
    ["RequestAborted", T.connection],
    ["RequestPayloadSizeLimitExceeded", T.tooLarge],
    ["ResponsePayloadSizeLimitExceeded", T.tooLarge],
    ["ItemNotFound", T.notFound],
    ["InvalidReference", T.notFound],
    ["ItemAlreadyExists", T.alreadyExists],
    ["InsertDeleteConflict", T.conflict],
    ["MergedRangeConflict", T.conflict],
    ["ActivityLimitReached", T.busy],
    ["ApiNotFound", T.unsupported],
    ["UnsupportedOperation", T.unsupported],
    ["GeneralException", T.general],
    ["SomethingNew", T.general],
  ])("%s → its guidance, with Office's code and message", (code, guidance) => {
    const described = describeError(office(code, "Office says why"));
    expect(described.title).toBe(guidance.title);
    // The guidance alone; Office's own words go in the details, and a dialog shows both.
    expect(described.text).toBe(guidance.text);
    expect(described.detail).toContain(`${code} Office says why`);
    expect(describedText(described)).toBe(`${guidance.text}${described.detail}`);
    expect(described.code).toBe(code);
  });

  it("reads a protected sheet from the message when the code is a general one", () => {
    const described = describeError(
      office("InvalidOperation", "The cell or chart you're trying to change is on a protected sheet."),
    );
    expect(described.title).toBe(T.protectedOrDenied.title);
    expect(described.detail).toContain("InvalidOperation");
  });

  it("uses the inner code when the outer one says nothing more", () => {
    const described = describeError(
      office("GeneralException", "failed", { code: "InvalidOperationInCellEditMode", message: "edit mode" }),
    );
    expect(described.title).toBe(T.cellEditMode.title);
    expect(described.detail).toContain("GeneralException / InvalidOperationInCellEditMode");
  });

  it.each([
    ["a workbook error", new WorkbookError("工作簿中还没有标准表：请先生成标准表，再检查。")],
    [
      "a dataset error",
      new DatasetError(["unit", "level"], "town", "应为 province、city 或 county", "单位信息的单位级次"),
    ],
  ])("keeps our own %s as it is", (_, error) => {
    expect(describeError(error)).toEqual({ title: T.ours.title, text: error.message });
  });

  it.each([
    ["a failed fetch", new TypeError("Failed to fetch"), T.connection.title, "Failed to fetch"],
    ["another error", new RangeError("Invalid array length"), T.unexpected.title, "Invalid array length"],
    ["a thrown string", "boom", T.unexpected.title, "boom"],
  ])("says what %s was", (_, error, title, detail) => {
    const described = describeError(error);
    expect(described.title).toBe(title);
    expect(described.detail).toContain(detail);
    expect(described.text).not.toContain(detail);
  });
});
