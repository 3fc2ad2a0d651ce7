/**
 * Rules on 收支总表: the balance equation (opening + income − expenditure = closing) for basic
 * and project funds, reported totals against their parts, the basic-expenditure split and its
 * shares, 公用经费 and basic expenditure against their budgets, staffing against the quota, and
 * the breakdowns' totals and shares.
 */
import type Decimal from "decimal.js";
import { findingText } from "../../i18n";
import type { Path } from "../paths";
import type { Dataset } from "../dataset";
import { FigureUnit, finding } from "../findings";
import type {
  BasicExpenditureModel,
  BreakdownModel,
  ComputedModel,
  FinanceModel,
  StaffingModel,
} from "../model";
import { Dec, formatAmount, formatRate, plain, reportedText, sumTolerance, type NumCell } from "../numbers";
import { alternatives, checkRate, checkTotal, partsOf, SumStatus, type FindingSink } from "./common";

const T = findingText;
const F = T.field;
const M = T.messages;

const present = (...values: (Decimal | null | undefined)[]) =>
  values.filter((v): v is Decimal => v !== null && v !== undefined);

function checkBalance(
  out: FindingSink,
  path: Path,
  scope: string,
  terms: { opening: Decimal | null; income: Decimal | null; expenditure: Decimal | null },
  computed: Decimal | null,
  closing: Decimal | null,
  closingCell: NumCell | undefined,
  closingParts: number,
) {
  if (computed === null || closing === null) return;
  const diff = computed.minus(closing).abs();
  if (diff.isZero()) return;
  const n = present(terms.opening, terms.income, terms.expenditure).length + closingParts;
  const zero = (d: Decimal | null) => formatAmount(d ?? new Dec(0));
  const figures = {
    expected: plain(computed),
    reported: closingCell ? reportedText(closingCell) : plain(closing),
    unit: FigureUnit.amount,
  };
  if (diff.lte(sumTolerance(n))) {
    out.push(
      finding(
        "rounding-difference",
        path,
        M.roundingDifference(
          T.subject.finance(scope),
          F.closing,
          formatAmount(closing),
          n,
          formatAmount(computed),
          plain(diff),
        ),
        figures,
      ),
    );
    return;
  }
  out.push(
    finding(
      "balance-mismatch",
      path,
      M.balanceMismatch(
        T.subject.finance(scope),
        zero(terms.opening),
        zero(terms.income),
        zero(terms.expenditure),
        formatAmount(computed),
        formatAmount(closing),
      ),
      figures,
    ),
  );
}

/** A term of the balance equation: where it is, its words, and whether the unit left it blank. */
interface BalanceTerm {
  readonly path: Path;
  readonly field: string;
  readonly blank: boolean;
}

const isBlank = (cell: NumCell | undefined) => cell === undefined || cell.kind === "blank";

/**
 * The one term of a balance equation the unit left blank while it filled the others: the
 * equation cannot be checked, and the clerk is told which figure it waits for (docs/domain.md §7). Two
 * blank terms are a section the unit did not give (the completeness check says so); a term that
 * is not a number has its own finding.
 */
function checkBalanceTerms(out: FindingSink, scope: string, terms: readonly BalanceTerm[]): void {
  const blank = terms.filter((t) => t.blank);
  if (blank.length !== 1) return;
  const [term] = blank;
  out.push(finding("missing-value", term.path, M.balanceTermMissing(T.subject.finance(scope), term.field)));
}

function checkFinance(out: FindingSink, dataset: Dataset, m: FinanceModel): void {
  const f = dataset.finance;
  if (!f) return;
  const closing = f.closingBalance;
  checkBalanceTerms(out, T.scope.basic, [
    {
      path: ["finance", "openingBalance", "basic"],
      field: F.opening,
      blank: isBlank(f.openingBalance?.basic),
    },
    { path: ["finance", "income", "basic"], field: F.income, blank: isBlank(f.income?.basic) },
    { path: ["finance", "expenditure", "basic"], field: F.expenditure, blank: isBlank(f.expenditure?.basic) },
    { path: ["finance", "closingBalance", "basic"], field: F.closing, blank: isBlank(closing?.basic) },
  ]);
  checkBalanceTerms(out, T.scope.project, [
    {
      path: ["finance", "openingBalance", "project"],
      field: F.opening,
      blank: isBlank(f.openingBalance?.project),
    },
    { path: ["finance", "income", "project"], field: F.income, blank: isBlank(f.income?.project) },
    {
      path: ["finance", "expenditure", "project"],
      field: F.expenditure,
      blank: isBlank(f.expenditure?.project),
    },
    {
      path: ["finance", "closingBalance", "projectCarryover"],
      field: F.closing,
      blank: isBlank(closing?.projectCarryover) && isBlank(closing?.projectSurplus),
    },
  ]);
  checkBalance(
    out,
    ["finance", "closingBalance", "basic"],
    T.scope.basic,
    { opening: m.opening.basic, income: m.income.basic, expenditure: m.expenditure.basic },
    m.computedClosing.basic,
    m.closing.basic,
    f.closingBalance?.basic,
    1,
  );
  const projectParts = present(m.closing.projectCarryover, m.closing.projectSurplus).length;
  checkBalance(
    out,
    m.closing.projectCarryover !== null
      ? ["finance", "closingBalance", "projectCarryover"]
      : ["finance", "closingBalance", "projectSurplus"],
    T.scope.project,
    { opening: m.opening.project, income: m.income.project, expenditure: m.expenditure.project },
    m.computedClosing.project,
    m.closing.project,
    undefined,
    projectParts,
  );
  const subject = T.subject.finance("");
  const r = f.reported ?? {};
  // A reported total is checked against its parts only when every part is known (docs/domain.md §7).
  const total = (
    path: "totalAvailable" | "totalIncome" | "totalExpenditure" | "totalClosing",
    field: string,
    reported: NumCell | undefined,
    parts: (Decimal | null)[],
  ) =>
    checkTotal(out, {
      path: ["finance", "reported", path],
      subject,
      field,
      reported,
      ...partsOf(parts.every((p) => p !== null) ? parts : []),
    });
  total("totalAvailable", F.totalAvailable, r.totalAvailable, [
    m.opening.basic,
    m.opening.project,
    m.income.basic,
    m.income.project,
  ]);
  total("totalIncome", F.totalIncome, r.totalIncome, [m.income.basic, m.income.project]);
  total("totalExpenditure", F.totalExpenditure, r.totalExpenditure, [
    m.expenditure.basic,
    m.expenditure.project,
  ]);
  total("totalClosing", F.totalClosing, r.totalClosing, [
    m.closing.basic,
    m.closing.projectCarryover,
    m.closing.projectSurplus,
  ]);
}

function checkBasicExpenditure(out: FindingSink, dataset: Dataset, m: BasicExpenditureModel): void {
  const b = dataset.basicExpenditure;
  if (!b) return;
  const subject = T.subject.basicExpenditure;
  checkTotal(out, {
    path: ["basicExpenditure", "personnel", "total"],
    subject,
    field: F.personnelTotal,
    reported: b.personnel?.total,
    ...partsOf(m.wages !== null && m.familySubsidies !== null ? [m.wages, m.familySubsidies] : []),
  });
  checkTotal(out, {
    path: ["finance", "expenditure", "basic"],
    subject,
    field: F.basic,
    reported: dataset.finance?.expenditure?.basic,
    ...partsOf(m.personnel !== null && m.publicFunds !== null ? [m.personnel, m.publicFunds] : []),
  });
  const actual = m.actual ? [m.actual] : [];
  const share = (path: Path, label: string, part: Decimal | null, reported: NumCell | undefined) =>
    checkRate(out, {
      path,
      subject,
      label,
      reported,
      basis: { numerators: part ? [part] : [], denominators: actual },
    });
  share(
    ["basicExpenditure", "reported", "personnelShare"],
    `${F.personnelTotal}${F.share}`,
    m.personnel,
    b.reported?.personnelShare,
  );
  share(
    ["basicExpenditure", "reported", "publicFundsShare"],
    `${F.publicFunds}${F.share}`,
    m.publicFunds,
    b.reported?.publicFundsShare,
  );
  const over = (
    path: Path,
    what: string,
    spent: Decimal | null,
    budget: Decimal | null,
    rate: Decimal | null,
  ) => {
    if (spent === null || budget === null || !spent.gt(budget)) return;
    out.push(
      finding(
        "over-budget",
        path,
        M.overBudget(
          what,
          T.wan(formatAmount(spent)),
          T.wan(formatAmount(budget)),
          rate ? formatRate(rate) : null,
        ),
        {
          expected: plain(budget),
          reported: plain(spent),
          unit: FigureUnit.amount,
        },
      ),
    );
  };
  over(["basicExpenditure"], subject, m.actual, m.budget, m.executionRate);
  over(
    ["basicExpenditure", "publicFunds"],
    F.publicFunds,
    m.publicFunds,
    m.publicFundsBudget,
    m.publicFundsRate,
  );
}

function checkStaffing(out: FindingSink, dataset: Dataset, m: StaffingModel): void {
  const s = dataset.profile?.staffing;
  if (!s || m.inService === null || m.authorized === null || !m.inService.gt(m.authorized)) return;
  const path = s.actualInQuota?.value
    ? ["profile", "staffing", "actualInQuota"]
    : ["profile", "staffing", "actualTotal"];
  out.push(
    finding(
      "staff-over-quota",
      path,
      M.staffOverQuota(
        m.inService.toString(),
        m.authorized.toString(),
        m.controlRate ? formatRate(m.controlRate) : "-",
      ),
      { expected: m.authorized.toString(), reported: m.inService.toString(), unit: FigureUnit.persons },
    ),
  );
}

function checkBreakdown(
  out: FindingSink,
  dataset: Dataset,
  m: BreakdownModel,
  finance: FinanceModel | undefined,
): void {
  const b = dataset.breakdowns?.[m.index];
  if (!b) return;
  const p: Path = ["breakdowns", m.index];
  const status = checkTotal(out, {
    path: [...p, "reportedTotal"],
    subject: T.subject.breakdownTotal(b.title),
    field: F.amount,
    reported: b.reportedTotal,
    // Checked against the items only when every item's amount is known (docs/domain.md §7).
    ...partsOf(m.items.every((i) => i.known) ? m.items.map((i) => i.amount) : []),
  });
  let denominators: Decimal[] = [];
  if (m.baseAmount !== null) {
    if (m.base === "items") denominators = alternatives(m.baseAmount, b.reportedTotal, status);
    else if (m.base === "totalExpenditure" && finance) {
      const reported = dataset.finance?.reported?.totalExpenditure;
      const diff = reported?.value?.minus(m.baseAmount).abs();
      const within = diff !== undefined && !diff.isZero() && diff.lte(sumTolerance(2));
      denominators = alternatives(m.baseAmount, reported, within ? SumStatus.rounding : SumStatus.exact);
    } else denominators = [m.baseAmount];
  }
  m.items.forEach((item, i) =>
    checkRate(out, {
      path: [...p, "items", i, "reportedShare"],
      subject: T.subject.breakdownItem(b.title, item.name),
      label: F.share,
      reported: b.items[i].reportedShare,
      basis: { numerators: item.known ? [item.amount] : [], denominators },
    }),
  );
}

/** Runs the 收支总表 rules: finance, basic expenditure, staffing and breakdowns. */
export function checkAccounts(out: FindingSink, model: ComputedModel): void {
  const { dataset } = model;
  if (model.finance) checkFinance(out, dataset, model.finance);
  if (model.basicExpenditure) checkBasicExpenditure(out, dataset, model.basicExpenditure);
  if (model.staffing) checkStaffing(out, dataset, model.staffing);
  for (const b of model.breakdowns) checkBreakdown(out, dataset, b, model.finance);
}
