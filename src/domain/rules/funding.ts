/**
 * Rules on the budget model's funding blocks (docs/domain.md §8): a line's 全年执行数 over its budget in
 * force — 全年预算数 when given, else 年初预算数 — is `over-budget` (verify), and the message says
 * which budget it compared with. The department's 年度资金 and each fund table's 项目资金 as the
 * unit gave them (a table without a block is its own 预算批复 and 实际使用, checked row by row).
 */
import { fieldText, findingText } from "../../i18n";
import { BudgetBasis, type BudgetLineModel } from "../budget";
import { DEPARTMENT_FUNDING_LINES, PROJECT_FUNDING_LINES } from "../dataset";
import type { ComputedModel } from "../model";
import { FigureUnit, finding } from "../findings";
import { formatAmount, formatRate, plain } from "../numbers";
import type { Path } from "../paths";
import type { FindingSink } from "./common";

const T = findingText;

/** Checks the lines of one block; 年度资金总额 (the first) only when no 其中 line is over. */
function checkBlock(
  out: FindingSink,
  base: Path,
  subject: string,
  lines: readonly string[],
  model: Readonly<Record<string, BudgetLineModel>>,
): void {
  const over = (line: BudgetLineModel | undefined) => {
    if (!line?.actual || line.basis === null) return null;
    const budget = line.basis === BudgetBasis.adjusted ? line.adjusted : line.initial;
    return budget && line.actual.gt(budget) ? budget : null;
  };
  const [total, ...parts] = lines;
  const fired = parts.filter((k) => over(model[k]) !== null);
  for (const k of fired.length ? fired : [total]) {
    const line = model[k];
    const budget = over(line);
    if (!line?.actual || !budget) continue;
    const words = (fieldText.fundingLines as Record<string, string>)[k] ?? k;
    out.push(
      finding(
        "over-budget",
        [...base, k, "actual"],
        T.messages.overBudgetFunding(
          `${subject}${words}`,
          T.wan(formatAmount(line.actual)),
          T.wan(formatAmount(budget)),
          budget.isZero() || !line.rate ? null : formatRate(line.rate),
          line.basis === BudgetBasis.adjusted,
        ),
        { expected: plain(budget), reported: plain(line.actual), unit: FigureUnit.amount },
      ),
    );
  }
}

/** Runs the funding-block rules. */
export function checkFunding(out: FindingSink, model: ComputedModel): void {
  const W = fieldText.subject;
  if (model.funding) {
    checkBlock(out, ["funding"], `${W.funding} `, DEPARTMENT_FUNDING_LINES, model.funding.lines);
  }
  model.projectFunding.forEach((f, t) => {
    if (!f.given) return;
    const title = model.fundTables[t]?.title ?? "";
    checkBlock(
      out,
      ["fundTables", t, "funding"],
      `${W.fundingOf(`【${title}】`)} `,
      PROJECT_FUNDING_LINES,
      f.lines,
    );
  });
}
