/** The Excel stand-in refuses what Excel refuses, for the operations the pane added: delete and createWorkbook. */
import {
  asRequestContext,
  newSheet,
  PAYLOAD_LIMIT,
  StandInContext,
  standInCreateWorkbook,
} from "../../src/testing/excelStandIn";

describe("the Excel stand-in", () => {
  it("deletes a sheet at sync and renumbers the others", async () => {
    const ctx = new StandInContext({
      sheets: [newSheet("a", 0), newSheet("b", 1), newSheet("c", 2)],
      names: new Map(),
    });
    asRequestContext(ctx).workbook.worksheets.getItem("b").delete();
    expect(ctx.state.sheets).toHaveLength(3);
    await ctx.sync();
    expect(ctx.state.sheets.map((s) => [s.name, s.position])).toEqual([
      ["a", 0],
      ["c", 1],
    ]);
  });

  it("refuses to delete a workbook's last sheet", async () => {
    const ctx = new StandInContext({ sheets: [newSheet("a", 0)], names: new Map() });
    asRequestContext(ctx).workbook.worksheets.getItem("a").delete();
    await expect(ctx.sync()).rejects.toThrow(/InvalidOperation/);
    expect(ctx.state.sheets).toHaveLength(1);
  });

  it("opens a new workbook from a base64 .xlsx, and refuses what is not one", async () => {
    const created: Uint8Array[] = [];
    const create = standInCreateWorkbook(created);
    const zip = Buffer.from([0x50, 0x4b, 3, 4, 20, 0, 0, 0]).toString("base64");
    await create(zip);
    expect(created).toHaveLength(1);
    await expect(create("not base64!")).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(create(Buffer.from("{}").toString("base64"))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    await expect(create("A".repeat(PAYLOAD_LIMIT + 4))).rejects.toMatchObject({
      code: "RequestPayloadSizeLimitExceeded",
    });
    expect(created).toHaveLength(1);
  });
});
