/**
 * The completeness check (docs/domain.md §7): for each report section the dataset fills in part, what it
 * lacks, as one `incomplete-section` finding (info) naming the missing items — so the clerk sees
 * before export what the report will leave out. A section the dataset does not touch at all raises
 * nothing here: the report names it with 【待补充：…】, which the pane lists before export.
 */
import { findingText } from "../../i18n";
import { finding } from "../findings";
import type { ComputedModel } from "../model";
import type { NumCell } from "../numbers";
import type { Path } from "../paths";
import type { FindingSink } from "./common";

const S = findingText.sections;
const I = S.items;
const M = findingText.messages;

/** A field counts as given when it holds a number or a dash (nil). */
const given = (cell: NumCell | undefined) =>
  cell !== undefined && (cell.kind === "number" || cell.kind === "dash");
const written = (value: string | undefined) => Boolean(value?.trim());

interface Section {
  readonly section: string;
  readonly path: Path;
  /** Whether the dataset gives anything for the section. */
  readonly touched: boolean;
  /** What it lacks: an item's name where its condition is false. */
  readonly needs: readonly (readonly [string, boolean])[];
}

function sections(model: ComputedModel): Section[] {
  const ds = model.dataset;
  const f = ds.finance;
  const sg = ds.sangong;
  const n = ds.narrative;
  const staffing = ds.profile?.staffing;
  const both = (a: NumCell | undefined, b: NumCell | undefined) => given(a) && given(b);
  return [
    {
      section: S.basic,
      path: ["profile"],
      touched: ds.profile !== undefined || Boolean(ds.goals?.length),
      needs: [
        [I.functions, Boolean(ds.profile?.functions?.length)],
        [I.organization, written(ds.profile?.organization)],
        [I.staffing, given(staffing?.authorized) || given(staffing?.actualTotal)],
        [I.goals, Boolean(ds.goals?.length)],
      ],
    },
    {
      section: S.finance,
      path: ["finance"],
      touched: f !== undefined,
      needs: [
        [
          I.opening,
          both(f?.openingBalance?.basic, f?.openingBalance?.project) || given(f?.reported?.totalAvailable),
        ],
        [I.income, both(f?.income?.basic, f?.income?.project) || given(f?.reported?.totalIncome)],
        [
          I.expenditure,
          both(f?.expenditure?.basic, f?.expenditure?.project) || given(f?.reported?.totalExpenditure),
        ],
        [
          I.closing,
          (given(f?.closingBalance?.basic) &&
            both(f?.closingBalance?.projectCarryover, f?.closingBalance?.projectSurplus)) ||
            given(f?.reported?.totalClosing),
        ],
      ],
    },
    {
      section: S.basicExpenditure,
      path: ["basicExpenditure"],
      touched: ds.basicExpenditure !== undefined,
      needs: [
        [I.basicActual, model.basicExpenditure?.actual != null],
        [I.personnel, given(ds.basicExpenditure?.personnel?.total)],
        [I.publicFunds, given(ds.basicExpenditure?.publicFunds)],
      ],
    },
    {
      section: S.sangong,
      path: ["sangong", "items"],
      touched: sg !== undefined,
      needs: [
        [I.vehicle, Boolean(sg?.items.vehicle ?? sg?.items.vehiclePurchase ?? sg?.items.vehicleOperation)],
        [I.abroad, sg?.items.abroad !== undefined],
        [I.reception, sg?.items.reception !== undefined],
        [I.sangongBudget, model.sangong?.stated.budget != null],
        [I.sangongActual, model.sangong?.stated.actual != null],
      ],
    },
    {
      section: S.performance,
      path: ["indicators"],
      touched:
        Boolean(ds.indicators?.length) || ds.selfEvaluation !== undefined || Boolean(n?.achievements?.length),
      needs: [
        [I.indicators, Boolean(ds.indicators?.length)],
        [I.achievements, Boolean(n?.achievements?.length)],
      ],
    },
    // A fund table whose 合计 is unknown (a row's figure blank and no reported 合计): its lead
    // sentence leaves the figure out.
    ...model.fundTables.map((t): Section => ({
      section: t.title,
      path: ["fundTables", t.index, "reportedTotal"],
      touched: true,
      needs: [
        [I.fundBudgetTotal, t.stated.budget !== null],
        [I.fundArrivedTotal, !t.hasArrived || t.stated.arrived !== null],
        [I.fundUsedTotal, t.stated.used !== null],
        // A table with 全年预算数 whose 合计 of it is unknown (a row's is blank): said as 年初 only.
        [I.fundAdjustedTotal, !t.hasAdjusted || t.stated.adjusted !== null],
      ],
    })),
    {
      section: S.closing,
      path: ["narrative", "problems", 0, "text"],
      touched: Boolean(n?.problems?.length || n?.measures?.length || n?.resultApplication || n?.publicity),
      needs: [
        [I.problems, Boolean(n?.problems?.length)],
        [I.measures, Boolean(n?.measures?.length)],
        [I.application, written(n?.resultApplication) || written(n?.publicity)],
      ],
    },
  ];
}

/** Runs the completeness check: one info finding per section the dataset fills in part. */
export function checkCompleteness(out: FindingSink, model: ComputedModel): void {
  for (const s of sections(model)) {
    const missing = s.needs.filter(([, ok]) => !ok).map(([name]) => name);
    if (s.touched && missing.length)
      out.push(finding("incomplete-section", s.path, M.incompleteSection(s.section, missing)));
  }
}
