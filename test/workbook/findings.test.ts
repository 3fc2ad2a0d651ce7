/** 检查结果's reviews: which findings count as open, and how a cleared 处理状态 is written back. */
import {
  checkDataset,
  isOpenReview,
  loadDataset,
  openFindings,
  REVIEW_STATUSES,
  reviewKey,
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
    [{ status: "已核实", note: "" }, false],
    [{ status: "已修正", note: "报送数已改" }, false],
  ])("%j is open: %s", (review, open) => {
    expect(isOpenReview(review)).toBe(open);
  });

  it("offers 待处理 first, the status of a new finding", () => {
    expect(REVIEW_STATUSES).toEqual(["待处理", "已核实", "已修正"]);
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
    ["已核实", "已核实"],
    ["", "待处理"],
    [" ", "待处理"],
  ])("writes the recorded status %j as %j, keeping the note", (recorded, written) => {
    expect(cellsOf(recorded)).toEqual([written, "说明"]);
  });
});

describe("openFindings", () => {
  it("leaves out the findings a reviewer marked 已核实 or 已修正, by rule and path", () => {
    const all = ["a", "b", "c", "d"].map(
      (rule) => ({ rule, severity: "verify", path: [rule], message: rule }) as Finding,
    );
    const reviews = new Map([
      ["a@a", { status: "已核实", note: "" }],
      ["b@b", { status: "待处理", note: "稍后核对" }],
      ["c@c", { status: "已修正", note: "" }],
      // Another rule at the same path is another finding.
      ["x@d", { status: "已核实", note: "" }],
    ]);
    expect(openFindings(all, reviews).map((x) => x.rule)).toEqual(["b", "d"]);
    expect(openFindings(all, undefined)).toHaveLength(4);
  });
});
