/** 检查结果's reviews: which findings count as open, and how a cleared 处理状态 is written back. */
import {
  checkDataset,
  isOpenReview,
  loadDataset,
  currentStatus,
  openFindings,
  proposedStatus,
  REVIEW_STATUSES,
  ReviewProblem,
  reviewKey,
  reviewProblem,
  type Finding,
} from "../../src/domain";
import { buildWorkbookPlan } from "../../src/workbook";
import { sampleRaw } from "../helpers/datasets";

describe("isOpenReview", () => {
  it.each([
    [undefined, true],
    [{ status: "待处理", note: "" }, true],
    [{ status: "", note: "已电话核对" }, true],
    [{ status: "  ", note: "" }, true],
    [{ status: "已说明", note: "口径不同" }, false],
    // The previous version's word for 已说明.
    [{ status: "已核实", note: "" }, false],
    [{ status: "已修正", note: "报送数已改" }, false],
  ])("%j is open: %s", (review, open) => {
    expect(isOpenReview(review)).toBe(open);
  });

  it("offers 待处理 first, the status of a new finding", () => {
    expect(REVIEW_STATUSES).toEqual(["待处理", "已说明", "已修正"]);
  });
});

describe("the review rules", () => {
  it.each([
    [{ status: "已说明", note: "口径不同，已与市局核对" }, undefined],
    [{ status: "已说明", note: "  " }, ReviewProblem.noteRequired],
    [{ status: "已说明", note: "" }, ReviewProblem.noteRequired],
    [{ status: "已修正", note: "" }, undefined],
    [{ status: "待处理", note: "" }, undefined],
    [{ status: "待处理", note: "先记下：待市局回复" }, undefined],
    [{ status: "已核实", note: "旧的状态字不能再写入" }, ReviewProblem.badStatus],
    [{ status: "完成", note: "" }, ReviewProblem.badStatus],
  ])("%j → %s", (review, problem) => {
    expect(reviewProblem(review)).toBe(problem);
  });

  it.each([
    [undefined, "待处理"],
    [{ status: "", note: "" }, "待处理"],
    [{ status: "已核实", note: "旧版本写的" }, "已说明"],
    [{ status: "已修正", note: "" }, "已修正"],
    [{ status: "随便写的", note: "" }, "待处理"],
  ])("an editor opened on %j proposes %s", (review, status) => {
    expect(proposedStatus(review)).toBe(status);
  });

  it.each([
    ["已核实", "已说明"],
    ["  已说明 ", "已说明"],
    ["待处理", "待处理"],
    ["别的字", "别的字"],
  ])("reads the status %j as %j", (written, read) => {
    expect(currentStatus(written)).toBe(read);
  });
});

describe("检查结果 with reviews", () => {
  const { model, findings } = checkDataset(loadDataset(sampleRaw()));
  const error = findings.find((f) => f.severity === "error");
  if (!error) throw new Error("the sample has an error finding");
  const key = reviewKey(error);
  const cellsOf = (status: string) => {
    const { plan, reviewCells } = buildWorkbookPlan(model, findings, {
      reviews: new Map([[key, { status, note: "说明" }]]),
    });
    const cells = reviewCells.get(key);
    const at = (field: "status" | "note") => cells && { sheet: cells.sheet, cell: cells[field] };
    const sheet = plan.sheets.find((s) => s.name === cells?.sheet);
    const value = (ref: string | undefined) => {
      const m = /^([A-Z]+)(\d+)$/.exec(ref ?? "");
      if (!m || !sheet) return undefined;
      return sheet.rows[Number(m[2]) - 1]?.[m[1].charCodeAt(0) - 65]?.value;
    };
    return [value(at("status")?.cell), value(at("note")?.cell)];
  };

  it.each([
    ["已说明", "已说明"],
    ["已核实", "已说明"],
    ["", "待处理"],
    [" ", "待处理"],
  ])("writes the recorded status %j as %j, keeping the note", (recorded, written) => {
    expect(cellsOf(recorded)).toEqual([written, "说明"]);
  });
});

describe("openFindings", () => {
  it("leaves out the findings a reviewer marked 已说明 or 已修正 (or 已核实, earlier), by rule and path", () => {
    const all = ["a", "b", "c", "d"].map(
      (rule) => ({ rule, severity: "verify", path: [rule], message: rule }) as Finding,
    );
    const reviews = new Map([
      ["a@a", { status: "已说明", note: "有原因" }],
      ["b@b", { status: "待处理", note: "稍后核对" }],
      ["c@c", { status: "已修正", note: "" }],
      // Another rule at the same path is another finding.
      ["x@d", { status: "已核实", note: "" }],
    ]);
    expect(openFindings(all, reviews).map((x) => x.rule)).toEqual(["b", "d"]);
    expect(openFindings(all, undefined)).toHaveLength(4);
  });
});
