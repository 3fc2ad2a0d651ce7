/**
 * The narrative report of a checked dataset, as a plan (DOMAIN §1): every number comes from the
 * computed model and is formatted by the number policy; sentences adapt to the data (决算小于、
 * 大于或等于预算, a reason only where one is given, 无 for absent fund types, the arrival rate
 * only where 到位 is given), and 存在的问题 gets a drafted paragraph from the findings.
 */
import type Decimal from "decimal.js";
import {
  Dec,
  formatAmount,
  formatRate,
  type ComputedModel,
  type Finding,
  type FundTableModel,
  type SangongKey,
} from "../domain";
import { GB9704, numbering, type BlockPlan, type ReportPlan, type Run, type TableRowPlan } from "./plan";
import { reportText as R } from "../i18n";

export * from "./plan";

/** An amount in 万元 as prose writes it; a missing amount reads as 0.00. */
const wan = (d: Decimal | null | undefined) => formatAmount(d ?? new Dec(0));
/** A rate as prose writes it; one that cannot be computed reads as "-". */
const pct = (d: Decimal | null | undefined) => (d ? formatRate(d) : "-");

/** Collects blocks with heading numbering kept per level. */
class Blocks {
  readonly list: BlockPlan[] = [];
  private counters = [0, 0, 0, 0];

  heading(level: 1 | 2 | 3 | 4, text: string): void {
    this.counters[level - 1]++;
    for (let l = level; l < 4; l++) this.counters[l] = 0;
    this.list.push({ kind: "heading", level, text: `${numbering(level, this.counters[level - 1])}${text}` });
  }

  paragraph(text: string | readonly Run[], draft = false): void {
    const runs = typeof text === "string" ? [{ text }] : text;
    this.list.push({ kind: "paragraph", runs, ...(draft ? { draft } : {}) });
  }

  /** Numbered items in running text: （1）…（n）. */
  items(texts: readonly string[]): void {
    texts.forEach((t, i) => this.paragraph(`${numbering(4, i + 1)}${t}`));
  }

  push(block: BlockPlan): void {
    this.list.push(block);
  }
}

const SANGONG_NAMES: Record<SangongKey, string> = {
  vehicle: "公务用车购置及运行维护费",
  vehiclePurchase: "公务用车购置费",
  vehicleOperation: "公务用车运行维护费",
  abroad: "因公出国（境）费",
  reception: "公务接待费",
};

function sangongSection(b: Blocks, model: ComputedModel): void {
  const sg = model.sangong;
  const year = model.dataset.unit.year;
  if (!sg) return;
  b.heading(3, R.headings.sangong);
  b.heading(4, R.headings.sangongSpending);
  const parts: string[] = [];
  const items = sg.vehicle?.parts
    ? [
        sg.vehicle,
        ...sg.categories.filter((c) => c.key !== "vehiclePurchase" && c.key !== "vehicleOperation"),
      ]
    : sg.categories;
  for (const c of items) {
    if (c.budget === null && c.actual === null) continue;
    let sentence = R.sangongItem(SANGONG_NAMES[c.key], wan(c.budget), wan(c.actual), pct(c.rate));
    if (c.budget && c.actual) {
      const note = c.note?.trim();
      if (c.actual.lt(c.budget) && note) sentence += `；${R.sangongLess(note)}`;
      else if (c.actual.gt(c.budget) && note) sentence += `；${R.sangongMore(note)}`;
      else if (c.actual.eq(c.budget) && note) sentence += `；${note.replace(/[。；]$/, "")}`;
    }
    if (c.lastYearActual && c.change)
      sentence += `；${R.sangongChange(wan(c.lastYearActual), pct(c.change))}`;
    parts.push(sentence);
  }
  b.paragraph(
    R.sangongTotal(year, wan(sg.total.budget), wan(sg.total.actual), pct(sg.total.rate)) +
      (parts.length ? `其中：${parts.join("。")}。` : ""),
  );
  b.heading(4, R.headings.sangongUse);
  const shares = items.filter((c) => c.share).map((c) => R.sangongShare(SANGONG_NAMES[c.key], pct(c.share)));
  const stats = sg.stats ?? {};
  const statSentences = [
    R.vehicles(stats.vehiclesPurchased, stats.vehiclesHeld),
    R.abroad(stats.abroadGroups, stats.abroadPersons),
    R.reception(stats.receptionBatches, stats.receptionPersons),
  ].filter(Boolean);
  b.paragraph(
    (shares.length ? R.sangongShares(year, shares.join("；")) : "") +
      (statSentences.length ? `${statSentences.join("。")}。` : ""),
  );
}

function fundTable(t: FundTableModel): BlockPlan {
  const grouped = t.groups.length > 0;
  const columns = [
    ...(grouped ? [{ width: 12 }] : []),
    { width: grouped ? 26 : 38 },
    { width: 16 },
    { width: 16 },
    { width: 16 },
    { width: 16 },
  ];
  const nameHeader = R.fundColumns[t.dimension];
  const rows: TableRowPlan[] = [
    {
      header: true,
      cells: [...(grouped ? [nameHeader[0]] : []), nameHeader[1], ...R.fundColumns.figures].map((text) => ({
        text,
        align: "center" as const,
        bold: true,
      })),
    },
  ];
  const figures = (
    budget: Decimal,
    arrived: Decimal | null,
    used: string,
    rate: Decimal | null,
    bold = false,
  ) =>
    [wan(budget), arrived === null ? "-" : wan(arrived), used, pct(rate)].map((text) => ({
      text,
      align: "right" as const,
      bold,
    }));
  const emitted = new Set<number>();
  t.rows.forEach((row) => {
    if (emitted.has(row.index)) return;
    const group = row.group !== undefined ? t.groups.find((g) => g.group === row.group) : undefined;
    if (!group) {
      emitted.add(row.index);
      rows.push({
        cells: [
          ...(grouped ? [{ text: "" }] : []),
          { text: row.name },
          ...figures(row.budget, row.arrived, row.usedIsNil ? "-" : wan(row.used), row.rate),
        ],
      });
      return;
    }
    if (group.rowIndices.length === 1) {
      // A group of one row (省本级) is that row: no subtotal; its name spans both columns when it repeats the group.
      const r = t.rows[group.rowIndices[0]];
      emitted.add(r.index);
      const name =
        r.name === group.group
          ? [{ text: r.name, colSpan: 2 }]
          : [{ text: group.group, align: "center" as const }, { text: r.name }];
      rows.push({
        cells: [...name, ...figures(r.budget, r.arrived, r.usedIsNil ? "-" : wan(r.used), r.rate)],
      });
      return;
    }
    group.rowIndices.forEach((i, k) => {
      const r = t.rows[i];
      emitted.add(i);
      rows.push({
        cells: [
          ...(k === 0
            ? [{ text: group.group, rowSpan: group.rowIndices.length + 1, align: "center" as const }]
            : []),
          { text: r.name },
          ...figures(r.budget, r.arrived, r.usedIsNil ? "-" : wan(r.used), r.rate),
        ],
      });
    });
    rows.push({
      total: true,
      cells: [
        { text: R.subtotalShort, bold: true },
        ...figures(group.budget, group.arrived, wan(group.used), group.rate, true),
      ],
    });
  });
  rows.push({
    total: true,
    cells: [
      { text: R.total, bold: true, ...(grouped ? { colSpan: 2 } : {}) },
      ...figures(t.total.budget, t.total.arrived, wan(t.total.used), t.total.rate, true),
    ],
  });
  return { kind: "table", columns, rows };
}

function problemsDraft(model: ComputedModel, findings: readonly Finding[]): string[] {
  const P = R.problemsDraft;
  const out: string[] = [];
  const lows = model.fundTables
    .map((t) => ({
      t,
      rows: t.rows.filter((r) => r.rate !== null && r.rate.lt(model.settings.lowExecutionThreshold)),
    }))
    .filter((x) => x.rows.length);
  if (lows.length) {
    const items = lows
      .map(({ t, rows }) => P.tableItems(t.title, rows.map((r) => P.item(r.name, pct(r.rate))).join("、")))
      .join("；");
    const zeros = lows.flatMap(({ rows }) => rows.filter((r) => r.rate?.isZero()).map((r) => r.name));
    out.push(
      P.lowExecution(items, formatRate(model.settings.lowExecutionThreshold)) +
        (zeros.length ? P.zero(zeros.join("、")) : ""),
    );
  }
  const over = [
    ...(model.sangong?.categories ?? [])
      .filter((c) => c.actual && c.budget && c.actual.gt(c.budget))
      .map((c) => P.overBudgetItem(`“三公”经费${SANGONG_NAMES[c.key]}`, wan(c.actual), wan(c.budget))),
    ...(model.basicExpenditure?.actual &&
    model.basicExpenditure.budget &&
    model.basicExpenditure.actual.gt(model.basicExpenditure.budget)
      ? [P.overBudgetItem("基本支出", wan(model.basicExpenditure.actual), wan(model.basicExpenditure.budget))]
      : []),
  ];
  if (over.length) out.push(P.overBudget(over.join("；")));
  const arrived = model.fundTables.flatMap((t) =>
    t.rows
      .filter((r) => r.arrived && r.arrived.gt(r.budget))
      .map((r) => P.arrivedOverItem(r.name, wan(r.arrived), wan(r.budget))),
  );
  if (arrived.length) out.push(P.arrivedOver(arrived.join("；")));
  const mismatches = findings.filter((f) =>
    ["rate-mismatch", "sum-mismatch", "balance-mismatch", "score-mismatch", "grade-mismatch"].includes(
      f.rule,
    ),
  );
  if (mismatches.length) out.push(P.mismatch(mismatches.length));
  return out;
}

/** Lays out the report of a computed model and its findings. */
export function buildReportPlan(model: ComputedModel, findings: readonly Finding[]): ReportPlan {
  const ds = model.dataset;
  const year = ds.unit.year;
  const who = ds.unit.shortName ?? R.defaultWho;
  const b = new Blocks();
  const title = R.title(year, ds.unit.name);
  b.push({ kind: "title", text: title });
  b.paragraph(R.opening(year, who));

  // 一、基本情况
  b.heading(1, R.headings.basic);
  b.heading(2, R.headings.department);
  const functions = ds.profile?.functions ?? [];
  if (functions.length) {
    b.heading(3, R.headings.functions);
    b.items(functions);
  }
  if (ds.profile?.organization || ds.profile?.budgetUnitCount !== undefined) {
    b.heading(3, R.headings.organization);
    b.paragraph(
      [
        ds.profile?.organization ?? "",
        ds.profile?.budgetUnitCount !== undefined ? R.budgetUnits(ds.profile.budgetUnitCount) : "",
      ].join(""),
    );
  }
  const st = model.staffing;
  if (st?.authorized) {
    b.heading(3, R.headings.staffing);
    const inQuota = ds.profile?.staffing?.actualInQuota?.value;
    const persons = (d: Decimal | null | undefined) => (d ? formatAmount(d, 0) : null);
    b.paragraph(
      R.staffing(
        year,
        persons(st.authorized) as string,
        persons(inQuota),
        st.controlRate ? formatRate(st.controlRate) : null,
      ) +
        R.staffingEnd(persons(st.actualTotal), persons(st.retired)) +
        (ds.profile?.staffing?.note ? `${ds.profile.staffing.note.replace(/。$/, "")}。` : ""),
    );
  }
  if (ds.goals?.length) {
    b.heading(2, R.headings.goals);
    b.items(ds.goals);
  }

  // 二、一般公共预算支出情况
  b.heading(1, R.headings.general);
  const f = model.finance;
  if (f) {
    b.paragraph(
      R.income(
        year,
        wan(f.available.total),
        wan(f.opening.total),
        wan(f.opening.basic),
        wan(f.opening.project),
        wan(f.income.total),
        wan(f.income.basic),
        wan(f.income.project),
      ),
    );
    b.paragraph(
      R.expenditure(
        year,
        wan(f.expenditure.total),
        wan(f.expenditure.basic),
        pct(f.expenditureShares.basic),
        wan(f.expenditure.project),
        pct(f.expenditureShares.project),
      ),
    );
    b.paragraph(
      R.closing(
        wan(f.closing.total),
        wan(f.closing.basic),
        wan(f.closing.projectCarryover),
        wan(f.closing.projectSurplus),
      ),
    );
  }
  const be = model.basicExpenditure;
  b.heading(2, R.headings.basicExpenditure);
  if (be?.actual) {
    b.heading(3, R.headings.basicDetail);
    b.paragraph(
      R.basicTotal(year, wan(be.actual)) +
        (be.budget && be.executionRate ? R.basicBudget(wan(be.budget), pct(be.executionRate)) : ""),
    );
    if (be.personnel) {
      b.heading(4, R.headings.personnel);
      b.paragraph(
        R.personnel(wan(be.personnel), pct(be.personnelShare)) +
          (be.wages || be.familySubsidies
            ? R.personnelParts(
                be.wages ? wan(be.wages) : null,
                be.familySubsidies ? wan(be.familySubsidies) : null,
              )
            : ""),
      );
    }
    if (be.publicFunds) {
      b.heading(4, R.headings.publicFunds);
      b.paragraph(
        R.publicFunds(wan(be.publicFunds), pct(be.publicFundsShare)) +
          (be.publicFundsBudget && be.publicFundsRate
            ? R.publicFundsRate(wan(be.publicFundsBudget), pct(be.publicFundsRate))
            : ""),
      );
    }
  }
  sangongSection(b, model);
  b.heading(2, R.headings.project);
  if (f?.opening.project || f?.income.project || f?.expenditure.project) {
    b.paragraph(
      R.projectTotals(
        wan(f.opening.project),
        wan(f.income.project),
        wan(f.expenditure.project),
        wan(f.closing.project),
      ),
    );
  }
  for (const t of model.fundTables) {
    b.heading(3, t.title);
    const groups = t.groups.map((g) => g.group);
    b.paragraph(
      R.fundLead(
        year,
        t.title,
        wan(t.total.budget),
        t.hasArrived ? wan(t.total.arrived) : null,
        t.hasArrived ? pct(t.total.arrivalRate) : null,
        wan(t.total.used),
        pct(t.total.rate),
      ) +
        (t.rateBase === "arrived" ? R.fundBaseArrived : "") +
        (groups.length > 1 && t.dimension === "project" ? R.fundUses(groups.join("、")) : R.fundDetail),
    );
    b.push({ kind: "unitNote", text: R.unitNote });
    b.push(fundTable(t));
  }

  // 三、四、五
  const other = ds.narrative?.otherFunds;
  b.heading(1, R.headings.governmentFund);
  b.paragraph(other?.governmentFund ?? R.none);
  b.heading(1, R.headings.stateCapital);
  b.paragraph(other?.stateCapital ?? R.none);
  b.heading(1, R.headings.socialInsurance);
  b.paragraph(other?.socialInsurance ?? R.none);

  // 六、部门整体支出绩效情况
  b.heading(1, R.headings.performance);
  const ev = model.evaluation;
  if (ev) {
    b.paragraph(
      R.score(year, who, ev.finalScore.toFixed(2), ev.grade) +
        (ev.cap !== null && ev.overallExecutionRate
          ? R.scoreCapped(ev.scoreTotal.toFixed(2), formatRate(ev.overallExecutionRate), String(ev.cap))
          : ""),
    );
  }
  for (const a of ds.narrative?.achievements ?? []) {
    if (a.title) b.heading(2, a.title);
    b.paragraph(a.text);
  }

  // 七、存在的问题及原因分析
  b.heading(1, R.headings.problems);
  for (const p of ds.narrative?.problems ?? []) {
    if (p.title) b.heading(2, p.title);
    b.paragraph(p.text);
  }
  const drafts = problemsDraft(model, findings);
  if (drafts.length) {
    b.paragraph(R.draftMark, true);
    drafts.forEach((d, i) => b.paragraph(`${numbering(4, i + 1)}${d}`, true));
  }

  // 八、九、十
  b.heading(1, R.headings.measures);
  for (const m of ds.narrative?.measures ?? []) {
    if (m.title) b.heading(2, m.title);
    b.paragraph(m.text);
  }
  if (!ds.narrative?.measures?.length) b.paragraph(R.none);
  b.heading(1, R.headings.application);
  const application = [ds.narrative?.resultApplication, ds.narrative?.publicity].filter((t): t is string =>
    Boolean(t),
  );
  if (application.length) application.forEach((t) => b.paragraph(t));
  else b.paragraph(R.none);
  b.heading(1, R.headings.other);
  b.paragraph(ds.narrative?.other ?? R.none);

  return { title, blocks: b.list, page: GB9704 };
}
