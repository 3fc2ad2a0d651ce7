/** The pane's Word host, on the Word stand-in: the report of a workbook or a dataset file at the cursor. */
import { checkDataset, isOpenReview, loadDataset, reviewKey } from "../../src/domain";
import { renderXlsx } from "../../src/renderers/xlsx";
import { wordHost } from "../../src/host/wordHost";
import { installWordGlobal, WordStandInContext, asWordContext } from "../../src/testing/wordStandIn";
import { buildWorkbookPlan } from "../../src/workbook";
import { sampleRaw } from "../helpers/datasets";

installWordGlobal();

const runOn =
  (ctx: WordStandInContext) =>
  <T>(batch: (context: Word.RequestContext) => Promise<T>) =>
    batch(asWordContext(ctx));

describe("wordHost", () => {
  it("gives back the reviews a workbook's 检查结果 holds", async () => {
    const { model, findings } = checkDataset(loadDataset(sampleRaw()));
    const error = findings.find((f) => f.severity === "error");
    if (!error) throw new Error("the sample has an error finding");
    const reviews = new Map([[reviewKey(error), { status: "已说明", note: "已与岳阳市核对" }]]);
    const bytes = await renderXlsx(buildWorkbookPlan(model, findings, { reviews }).plan);
    const result = await wordHost(runOn(new WordStandInContext())).insertReportFrom?.("sample.xlsx", bytes);
    expect(result?.reviews.get(reviewKey(error))).toEqual({ status: "已说明", note: "已与岳阳市核对" });
  });

  it.each(["json", "xlsx"])("inserts the sample's report from a .%s file", async (kind) => {
    let bytes: Uint8Array;
    if (kind === "json") bytes = new TextEncoder().encode(JSON.stringify(sampleRaw()));
    else {
      const { model, findings } = checkDataset(loadDataset(sampleRaw()));
      bytes = await renderXlsx(buildWorkbookPlan(model, findings).plan);
    }
    const ctx = new WordStandInContext();
    const result = await wordHost(runOn(ctx)).insertReportFrom?.(`sample.${kind}`, bytes);
    expect(result?.title).toBe("2024年度湖南省卫生健康委员会部门整体支出绩效自评报告");
    expect(result?.findings.filter((f) => f.severity === "error")).toHaveLength(1);
    // Nothing reviewed yet: a workbook's findings are all 待处理, a dataset file has no reviews.
    expect([...(result?.reviews.values() ?? [])].filter((r) => !isOpenReview(r))).toEqual([]);
    expect(ctx.syncs).toBe(1);
    expect(ctx.items.filter((i) => i.kind === "table")).toHaveLength(3);
  });

  it("rejects a file that is neither a dataset nor a workbook", async () => {
    const host = wordHost(runOn(new WordStandInContext()));
    await expect(host.insertReportFrom?.("x.json", new TextEncoder().encode("{ oops"))).rejects.toThrow(
      /不是有效的 JSON/,
    );
  });
});
