/**
 * The sample built to .xlsx without cached results, recalculated by LibreOffice: every formula
 * must show the engine's value; and the highlights that follow 检查结果 as LibreOffice shows them
 * after a reviewer's or a clerk's edits. Runs where LibreOffice is installed (CI installs it).
 */
import {
  checkDataset,
  Dec,
  loadDataset,
  pathText,
  reviewKey,
  TEMPLATE_IDS,
  templateDataset,
  type Finding,
  type RawDataset,
} from "../../src/domain";
import { renderXlsx } from "../../src/renderers/xlsx";
import { buildWorkbookPlan, FindingCol, OPEN_FINDING_RULE } from "../../src/workbook";
import { cellRef, Colors, parseCellRef, SheetKind, type WorkbookPlan } from "../../src/workbook/plan";
import { sampleRaw } from "../helpers/datasets";
import { SANGONG_ADJUSTED_ITEMS, sangongAdjusted } from "../helpers/sangong";
import { richDataset } from "../helpers/rich";
import {
  editAndRecalculate,
  editAndShow,
  findSoffice,
  findUnoPython,
  recalculate,
} from "../helpers/libreoffice";
import { fundAdjusted, fundBlanks, SPARSE_FIXTURES } from "../helpers/sparse";
import { FundCol } from "../../src/workbook/sheets/fund";

/**
 * The sample with three indicators on 爱心助孕's 项目支出绩效自评表 (weights 40 + 30 + 20) and one on
 * 中医药专项's, a table with no 项目资金 block (its form draws one, empty; weight 80: 90 with it).
 */
function projectIndicatorsSample(): RawDataset {
  const raw = sampleRaw();
  raw.indicators = [
    ...(raw.indicators ?? []),
    ...[
      ["产出", "数量指标", "救助对象人数", "40", ">=", "1000", "1050"],
      ["效益", "社会效益指标", "救助政策知晓率", "30", ">=", "90", "85"],
      ["满意度", "服务对象满意度指标", "救助对象满意度", "20", ">=", "90", ""],
    ].map(([level1, level2, name, weight, direction, target, actual]) => ({
      level1,
      level2,
      name,
      weight,
      direction: direction as ">=",
      target,
      unit: "%",
      ...(actual ? { actual } : {}),
      table: "family-planning-ivf",
    })),
    { level1: "产出", name: "培训基层中医人员", weight: "80", target: "500", actual: "450", table: "tcm" },
  ];
  return raw;
}

const soffice = findSoffice();
const unoPython = soffice ? findUnoPython() : null;

describe("LibreOffice recalculates the sample workbook to the engine's figures", () => {
  if (!soffice && !process.env.CI) {
    // A developer machine without LibreOffice: say so instead of passing silently. CI installs it.
    it("is not run here: LibreOffice (soffice) is not installed", () => {
      expect(findSoffice()).toBeNull();
    });
    return;
  }

  const cases: [string, () => RawDataset, number][] = [
    ["the sample", sampleRaw, 100],
    ["a dataset using every formula", richDataset, 100],
    // Sparse datasets: a formula whose input is blank stays blank, as the engine's figure is unknown.
    ...Object.entries(SPARSE_FIXTURES).map(([name, make]): [string, () => RawDataset, number] => [
      `the sparse ${name}`,
      make,
      20,
    ]),
    // Indicators on projects' forms (爱心助孕's, one without its actual; 中医药专项's): 指标评分's totals
    // count the department's rows only, the project form's its own with its block's 10 points.
    ["the sample with a project form's indicators", projectIndicatorsSample, 100],
    // 三公 with 全年预算数: 公务接待费 追加 from 0, and 公务用车运行维护费 调减 (the pair's line sums them in force).
    [
      "三公 with 全年预算数",
      () =>
        sangongAdjusted(
          {
            ...SANGONG_ADJUSTED_ITEMS,
            vehicleOperation: { budget: "12", adjustedBudget: "11.40", actual: "11.36" },
          },
          { budget: "15.90", actual: "15.77" },
        ),
      10,
    ],
    // A new workbook from each indicator template: every form's formula blank, as nothing is known.
    ...TEMPLATE_IDS.map((template): [string, () => RawDataset, number] => [
      `the ${template} template`,
      () => templateDataset({ template, unitName: "某某县卫生健康局", level: "county", year: 2025 }),
      60,
    ]),
  ];
  it.each(cases)(
    "every formula cell of %s equals the engine's value",
    async (_name, make, atLeast) => {
      if (!soffice) throw new Error("LibreOffice (soffice) is required in CI: install libreoffice-calc");
      const { model, findings } = checkDataset(loadDataset(make()));
      const { plan } = buildWorkbookPlan(model, findings);
      const sheets = recalculate(soffice, await renderXlsx(plan, { cachedResults: false }));
      const mismatches: string[] = [];
      let compared = 0;
      for (const sheet of plan.sheets) {
        const csv = sheets.get(sheet.name);
        if (!csv) throw new Error(`sheet ${sheet.name} missing after recalculation`);
        sheet.rows.forEach((cells, r) =>
          cells.forEach((cell, c) => {
            if (!cell?.formula) return;
            compared++;
            const text = csv[r]?.[c] ?? "";
            const got = /^-?\d+(\.\d+)?%$/.test(text)
              ? new Dec(text.slice(0, -1)).div(100).toNumber()
              : text === ""
                ? ""
                : Number.isNaN(Number(text))
                  ? text
                  : Number(text);
            const want = cell.expected ?? "";
            const same =
              typeof want === "number"
                ? typeof got === "number" && Math.abs(got - want) < 1e-9
                : got === want;
            if (!same)
              mismatches.push(
                `${sheet.name}!${cellRef(r, c)} ${cell.formula} → ${JSON.stringify(text)}, engine ${JSON.stringify(want)}`,
              );
          }),
        );
      }
      expect(mismatches).toEqual([]);
      expect(compared).toBeGreaterThan(atLeast);
      // The sample's and the rich dataset's 自评表 forms are among the sheets compared: the
      // department's and at least one project's, each with its figures as formulas.
      if (make === sampleRaw || make === richDataset) {
        const forms = plan.sheets.filter((s) => s.kind === "form");
        expect(forms.map((s) => s.key)).toEqual(expect.arrayContaining(["form:department"]));
        expect(forms.some((s) => s.key !== "form:department")).toBe(true);
        for (const form of forms)
          expect(form.rows.flat().filter((cell) => cell?.formula).length).toBeGreaterThan(5);
      }
    },
    180_000,
  );
});

describe("LibreOffice adds the department's 执行率 得分 to 指标评分's total (docs/domain.md §8)", () => {
  if (!soffice && !process.env.CI) {
    it("is not run here: LibreOffice (soffice) is not installed", () => {
      expect(findSoffice()).toBeNull();
    });
    return;
  }

  it("follows a clerk retyping a 年度资金 figure, to the engine's total for the edited dataset", async () => {
    if (!soffice || !unoPython)
      throw new Error("LibreOffice and python3-uno are required in CI: install libreoffice-calc python3-uno");
    const raw = richDataset();
    // Without the cap, so that the sum itself is the 自评得分.
    raw.settings = { ...raw.settings, executionCap: false };
    const { model, findings } = checkDataset(loadDataset(raw));
    const { plan } = buildWorkbookPlan(model, findings);
    const at = (path: string) => {
      const hit = plan.locations.get(path);
      if (!hit) throw new Error(`${path} not located`);
      return hit;
    };
    const actual = at("funding.generalPublic.actual");
    const indicators = plan.sheets.find((s) => s.kind === SheetKind.indicators);
    if (!indicators) throw new Error("no 指标评分");
    const rowOf = (text: string) => indicators.rows.findIndex((r) => r[0]?.value === text);
    const totalRow = rowOf("合计");
    const lineRow = rowOf("其中：预算执行率（收支总表年度资金总额）");
    const finalRow = rowOf("自评得分");
    // The edited dataset, computed by the engine: 一般公共预算 executed 3,000.00 instead of 3,300.10.
    const edited = richDataset();
    edited.settings = { ...edited.settings, executionCap: false };
    if (edited.funding?.generalPublic) edited.funding.generalPublic.actual = "3000.00";
    const ev = checkDataset(loadDataset(edited)).model.evaluation;
    if (!ev?.execution) throw new Error("the edited dataset has a 得分");
    // 3,090.00 ÷ 3,500.00 = 88.29 % → 8.83 points; 75.17 + 8.83.
    expect([ev.execution.toString(), ev.scoreTotal.toString()]).toEqual(["8.83", "84"]);
    const csv = editAndRecalculate(soffice, unoPython, await renderXlsx(plan, { cachedResults: false }), [
      { sheet: actual.sheet, cell: actual.cell, number: 3000 },
    ]).get(indicators.name);
    const shown = (row: number, col: number) => Number(csv?.[row]?.[col] ?? "NaN");
    const [W, S] = [7, 8];
    // Before the edit the engine's: 10 and 9.69, 合计 100 and 84.86; after it, the edited dataset's.
    expect([indicators.rows[lineRow][S]?.expected, indicators.rows[totalRow][S]?.expected]).toEqual([
      9.69, 84.86,
    ]);
    expect([shown(lineRow, W), shown(lineRow, S)]).toEqual([10, ev.execution.toNumber()]);
    expect([shown(totalRow, W), shown(totalRow, S)]).toEqual([100, ev.scoreTotal.toNumber()]);
    expect(shown(finalRow, 3)).toBe(ev.finalScore.toNumber());
  }, 180_000);
});

describe("LibreOffice leaves a fund table's unknown figures blank", () => {
  if (!soffice && !process.env.CI) {
    it("is not run here: LibreOffice (soffice) is not installed", () => {
      expect(findSoffice()).toBeNull();
    });
    return;
  }

  it("shows no 0 for a blank 实际使用/预算批复, its 执行率, or a 小计/合计 with a blank part (docs/domain.md §7)", async () => {
    if (!soffice) throw new Error("LibreOffice (soffice) is required in CI: install libreoffice-calc");
    const { model, findings } = checkDataset(loadDataset(fundBlanks()));
    const { plan } = buildWorkbookPlan(model, findings);
    const sheet = plan.sheets.find((s) => s.kind === SheetKind.fund);
    if (!sheet) throw new Error("no fund sheet");
    const csv = recalculate(soffice, await renderXlsx(plan, { cachedResults: false })).get(sheet.name) ?? [];
    const rowOf = (col: number, text: string) => sheet.rows.findIndex((r) => r[col]?.value === text);
    const shown = (row: number) =>
      [FundCol.budget, FundCol.arrived, FundCol.used, FundCol.rate].map((c) => csv[row]?.[c] ?? "");
    const subtotals = sheet.rows.flatMap((r, i) => (r[FundCol.name]?.value === "小计" ? [i] : []));
    // 家庭医生签约服务 (实际使用 blank), 艾滋病防治 (预算批复 blank), the 重大传染病防控 小计 and the
    // 合计, as LibreOffice's values (unformatted): blank, never 0.
    expect(shown(rowOf(FundCol.name, "家庭医生签约服务"))).toEqual(["148", "148", "", ""]);
    expect(shown(rowOf(FundCol.name, "艾滋病防治"))).toEqual(["", "42", "38.6", ""]);
    expect(shown(subtotals[1])).toEqual(["", "137", "", ""]);
    expect(shown(rowOf(FundCol.group, "合计"))).toEqual(["", "1787.7", "", ""]);
  }, 180_000);

  it("keeps a 小计 and the 合计 when a clerk inserts a row not yet named, blanks them once it is named", async () => {
    if (!soffice || !unoPython)
      throw new Error("LibreOffice and python3-uno are required in CI: install libreoffice-calc python3-uno");
    const { model, findings } = checkDataset(loadDataset(sampleRaw()));
    const { plan } = buildWorkbookPlan(model, findings);
    const totals = (name: string) => {
      const sheet = plan.sheets.find((s) => s.name === name);
      if (!sheet) throw new Error(`no sheet ${name}`);
      const rows = sheet.rows.flatMap((r, i) =>
        r[FundCol.name]?.value === "小计" || r[FundCol.group]?.value === "合计" ? [i] : [],
      );
      return {
        rows,
        engine: rows.map((i) => [FundCol.budget, FundCol.used].map((c) => sheet.rows[i][c]?.expected)),
      };
    };
    const tcm = totals("中医药专项");
    const health = totals("公共卫生专项");
    // Above each sheet's first 小计's row: inside its group (1-based, the group's last row moves down).
    const [tcmAt, healthAt] = [tcm.rows[0], health.rows[0]];
    const csv = editAndRecalculate(soffice, unoPython, await renderXlsx(plan, { cachedResults: false }), [
      { sheet: "中医药专项", insertRowAt: tcmAt },
      { sheet: "公共卫生专项", insertRowAt: healthAt },
      { sheet: "公共卫生专项", cell: `B${healthAt}`, text: "新增项目" },
    ]);
    const shown = (name: string, rows: readonly number[]) =>
      rows.map((r) => [FundCol.budget, FundCol.used].map((c) => csv.get(name)?.[r + 1]?.[c] ?? "?"));
    // An inserted row with nothing in it is no row (the importer skips it): the sums stand.
    expect(shown("中医药专项", tcm.rows)).toEqual(tcm.engine.map((r) => r.map((v) => String(v))));
    // Named, its blank figures are unknown: its group's 小计 and the 合计 are blank, as the engine's.
    const [first, ...rest] = shown("公共卫生专项", health.rows);
    expect(first).toEqual(["", ""]);
    expect(rest.at(-1)).toEqual(["", ""]);
  }, 180_000);

  it("puts 执行率 on 全年预算数 where filled, and fills the 全年 小计/合计 once a clerk fills the blank row's", async () => {
    if (!soffice || !unoPython)
      throw new Error("LibreOffice and python3-uno are required in CI: install libreoffice-calc python3-uno");
    // 妇幼健康服务's 全年预算数 is blank and 12320 热线运行 has none: the 全年 小计 and 合计 are blank.
    const raw = fundAdjusted();
    const { model, findings } = checkDataset(loadDataset(raw));
    const { plan } = buildWorkbookPlan(model, findings);
    const sheet = plan.sheets.find((s) => s.kind === SheetKind.fund);
    if (!sheet) throw new Error("no fund sheet");
    const rowOf = (text: string) => sheet.rows.findIndex((r) => r[FundCol.name]?.value === text);
    const subtotal = rowOf("小计");
    const total = sheet.rows.findIndex((r) => r[FundCol.group]?.value === "合计");
    const xlsx = await renderXlsx(plan, { cachedResults: false });
    const shown = (csv: string[][] | undefined, row: number) =>
      [FundCol.adjusted, FundCol.rate].map((c) => csv?.[row]?.[c] ?? "?");
    const before = recalculate(soffice, xlsx).get(sheet.name);
    // 家庭医生签约服务: 151.20 ÷ 168.50 (全年), not ÷ 120 (年初); 妇幼健康服务: 58.40 ÷ 60 (年初).
    expect(shown(before, rowOf("家庭医生签约服务"))).toEqual(["168.5", "89.73%"]);
    expect(shown(before, rowOf("妇幼健康服务"))).toEqual(["", "97.33%"]);
    // The 小计/合计 on the 全年 sum alone: blank with it (not 115.41% on 年初), as the engine's.
    expect(shown(before, subtotal)).toEqual(["", ""]);
    expect(shown(before, total)).toEqual(["", ""]);
    // The clerk fills both: the sums and the 合计's 执行率 are the engine's for the filled dataset.
    const col = String.fromCharCode(65 + FundCol.adjusted);
    const after = editAndRecalculate(soffice, unoPython, xlsx, [
      { sheet: sheet.name, cell: `${col}${rowOf("妇幼健康服务") + 1}`, number: 60 },
      { sheet: sheet.name, cell: `${col}${rowOf("12320 热线运行") + 1}`, number: 10 },
    ]).get(sheet.name);
    const rows = raw.fundTables?.[0].rows ?? [];
    rows[2].adjustedBudget = 60;
    rows[4].adjustedBudget = 10;
    const filled = checkDataset(loadDataset(raw)).model.fundTables[0];
    expect(shown(after, subtotal)).toEqual([
      filled.groups[0].adjusted?.toFixed(),
      `${filled.groups[0].rate?.toFixed()}%`,
    ]);
    expect(shown(after, total)).toEqual([
      filled.total.adjusted?.toFixed(),
      `${filled.total.rate?.toFixed()}%`,
    ]);
    expect(filled.total.adjusted?.toFixed()).toBe("347.8");
    // 项目资金 (no block typed): its 全年预算数 is the 合计's, blank before, 347.8 after.
    const col0 = String.fromCharCode(65 + FundCol.adjusted);
    const block = sheet.rows.flatMap((cells, r) =>
      r > total
        ? cells.flatMap((cell, c) =>
            cell?.formula?.includes(`${col0}${total + 1}`) ? [[r, c] as const] : [],
          )
        : [],
    );
    expect(block).toHaveLength(1);
    const [br, bc] = block[0];
    expect(sheet.rows[br][bc]?.expected).toBe("");
    expect([before?.[br]?.[bc], after?.[br]?.[bc]]).toEqual(["", "347.8"]);
  }, 180_000);
});

describe("LibreOffice shows the highlights that follow 检查结果", () => {
  if ((!soffice || !unoPython) && !process.env.CI) {
    it("is not run here: LibreOffice (soffice) or its UNO bridge (python3-uno) is not installed", () => {
      expect(findSoffice() && findUnoPython()).toBeFalsy();
    });
    return;
  }

  type Located = ReturnType<typeof buildWorkbookPlan>["findings"][number];
  /** A finding as this test names it: its rule and its path by position (`rule@fundTables[1]…`). */
  const id = (f: Finding) => `${f.rule}@${pathText(f.path)}`;
  /**
   * A dataset's workbook, one finding (named as `id` does) verified by a reviewer before the build;
   * only the highlights that follow 检查结果 colour the other sheets (each sheet's anomaly rules use
   * the same colours, and are left out), so every coloured cell is theirs.
   */
  const setUp = (raw: ReturnType<typeof sampleRaw>, verified: string) => {
    const { model, findings } = checkDataset(loadDataset(raw));
    const chosen = findings.find((f) => id(f) === verified);
    if (!chosen) throw new Error(`no finding ${verified}`);
    const built = buildWorkbookPlan(model, findings, {
      reviews: new Map([[reviewKey(chosen), { status: "已说明", note: "下半年才启动" }]]),
    });
    const plan = {
      ...built.plan,
      sheets: built.plan.sheets.map((s) =>
        s.kind === SheetKind.findings
          ? s
          : { ...s, conditionalFormats: s.conditionalFormats.filter((cf) => cf.rule === OPEN_FINDING_RULE) },
      ),
    };
    const findingsSheet = plan.sheets.find((s) => s.kind === SheetKind.findings)?.name ?? "";
    const find = (key: string) => {
      const f = built.findings.find((x) => id(x) === key);
      if (!f) throw new Error(`no finding ${key}`);
      return f;
    };
    /** Where a finding's 处理状态 is typed on 检查结果. */
    const statusCell = (f: Located) => cellRef(built.findings.indexOf(f) + 2, FindingCol.status);
    return { built, plan, findingsSheet, find, statusCell };
  };

  /** The colours every sheet but 检查结果 should show when `open` findings are open. */
  const expectedColours = (open: readonly Located[]) => {
    const want = new Map<string, string>();
    for (const f of open) {
      if (!f.sheet || !f.cell || f.severity === "info") continue;
      const at = `${f.sheet}!${f.cell}`;
      if (f.severity === "error") want.set(at, Colors.error);
      else if (want.get(at) !== Colors.error) want.set(at, Colors.verify);
    }
    return want;
  };
  /** The highlight colours LibreOffice shows on every sheet of `plan` but 检查结果. */
  const shownColours = (plan: WorkbookPlan, shown: Map<string, Map<string, string>>) => {
    const got = new Map<string, string>();
    for (const sheet of plan.sheets) {
      if (sheet.kind === SheetKind.findings) continue;
      const fills = shown.get(sheet.name);
      if (!fills) throw new Error(`sheet ${sheet.name} missing from LibreOffice's export`);
      // Hidden columns are left out of the export: they must all come after the coloured ones.
      const firstHidden = sheet.columns.findIndex((c) => c.hidden);
      for (const cf of sheet.conditionalFormats)
        for (const area of cf.range.split(" "))
          for (const ref of area.split(":")) expect(parseCellRef(ref).col).toBeLessThan(firstHidden);
      for (const [cell, fill] of fills)
        if (fill === Colors.error || fill === Colors.verify) got.set(`${sheet.name}!${cell}`, fill);
    }
    return got;
  };
  const sorted = (m: Map<string, string>) => [...m].sort(([a], [b]) => a.localeCompare(b));

  it("colours exactly the cells of open findings, and follows 处理状态 typed in the file", async () => {
    if (!soffice || !unoPython)
      throw new Error("LibreOffice and python3-uno are required in CI: install libreoffice-calc python3-uno");
    // Findings on every kind of sheet: 基本信息, 收支总表, 三公经费 (its one error marked 已修正 below),
    // a fund table, 指标评分.
    const verified = "low-execution@fundTables[0].rows[2]";
    const { built, plan, findingsSheet, find, statusCell } = setUp(richDataset(), verified);
    const error = find("over-budget@sangong.items.vehicleOperation");
    const reopened = find(verified);
    // In the file, without the add-in: an error marked 已修正, the explained finding reopened.
    const shown = editAndShow(soffice, unoPython, await renderXlsx(plan), [
      { sheet: findingsSheet, cell: statusCell(error), text: "已修正" },
      { sheet: findingsSheet, cell: statusCell(reopened), text: "待处理" },
    ]);
    const want = expectedColours(built.findings.filter((f) => f !== error));
    expect(want.has(`${reopened.sheet}!${reopened.cell}`)).toBe(true);
    expect(want.has(`${error.sheet}!${error.cell}`)).toBe(false);
    expect(new Set(want.values())).toEqual(new Set([Colors.error, Colors.verify]));
    // The extended sample adds 爱心助孕's low execution and 指标评分's indicator-figure-mismatch.
    expect(new Set([...want.keys()].map((ref) => ref.split("!")[0])).size).toBe(5);
    expect(sorted(shownColours(plan, shown))).toEqual(sorted(want));
  }, 180_000);

  it("keeps the colours of the cells around a row a clerk inserts inside a fund table", async () => {
    if (!soffice || !unoPython)
      throw new Error("LibreOffice and python3-uno are required in CI: install libreoffice-calc python3-uno");
    const verified = "low-execution@fundTables[1].rows[2]";
    const { built, plan } = setUp(sampleRaw(), verified);
    const sheet = "中医药专项";
    const rows = built.findings
      .filter((f) => f.sheet === sheet && f.severity !== "info")
      .map((f) => parseCellRef(f.cell as string).row + 1);
    // A row inside the table's data, with highlighted cells above and below it.
    const at = Math.min(...rows.filter((r) => r > Math.min(...rows)));
    const shown = editAndShow(soffice, unoPython, await renderXlsx(plan), [{ sheet, insertRowAt: at }]);
    const before = expectedColours(built.findings.filter((f) => id(f) !== verified));
    const moved = new Map(
      [...before].map(([ref, fill]) => {
        const [name, cell] = ref.split("!");
        const { row, col } = parseCellRef(cell);
        return [name === sheet && row + 1 >= at ? `${name}!${cellRef(row + 1, col)}` : ref, fill] as const;
      }),
    );
    const onSheet = [...moved.keys()].filter((ref) => ref.startsWith(`${sheet}!`));
    const rowOf = (ref: string) => parseCellRef(ref.split("!")[1]).row + 1;
    expect(onSheet.some((ref) => rowOf(ref) < at) && onSheet.some((ref) => rowOf(ref) > at)).toBe(true);
    expect(new Set(moved.values())).toEqual(new Set([Colors.error, Colors.verify]));
    expect(sorted(shownColours(plan, shown))).toEqual(sorted(moved));
  }, 180_000);
});
