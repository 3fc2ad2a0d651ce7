/**
 * 报告文字: the texts the report is written from — achievements, problems and measures (with
 * spare rows to add more), result application, publicity, the other fund types and other notes.
 */
import type { Narrative, TitledText } from "../../domain";
import { SheetBuilder, type LocationMap } from "../builder";
import { label, textInput } from "../cells";
import { SheetKind, StyleKey, type SheetPlan } from "../plan";
import { workbookText } from "../../i18n";

const W = workbookText.narrative;

/** Empty rows offered under each list for new items. */
export const SPARE_ROWS = 3;

/** Lays out 报告文字. */
export function narrativeSheet(
  narrative: Narrative | undefined,
  name: string,
  locations: LocationMap,
): SheetPlan {
  const b = new SheetBuilder("narrative", SheetKind.narrative, name, locations);
  b.put(0, 0, label(W.title, StyleKey.title));
  b.merge(0, 0, 0, 3);
  b.putRow(
    1,
    0,
    W.headers.map((h) => label(h, StyleKey.header)),
  );
  let row = 2;
  const list = (key: "achievements" | "problems" | "measures", items: readonly TitledText[] | undefined) => {
    const all = [...(items ?? []), ...Array.from({ length: SPARE_ROWS }, () => undefined)];
    all.forEach((item, i) => {
      b.put(row, 0, label(W[key]));
      b.put(row, 1, label(String(i + 1)));
      b.put(row, 2, textInput(item?.title, `narrative.${key}[${i}].title`));
      b.put(row, 3, textInput(item?.text, `narrative.${key}[${i}].text`));
      row++;
    });
  };
  list("achievements", narrative?.achievements);
  list("problems", narrative?.problems);
  list("measures", narrative?.measures);
  const single = (text: string, value: string | undefined, path: string) => {
    b.put(row, 0, label(text));
    b.merge(row, 0, row, 2);
    b.put(row++, 3, textInput(value, path));
  };
  single(W.resultApplication, narrative?.resultApplication, "narrative.resultApplication");
  single(W.publicity, narrative?.publicity, "narrative.publicity");
  single(W.governmentFund, narrative?.otherFunds?.governmentFund, "narrative.otherFunds.governmentFund");
  single(W.stateCapital, narrative?.otherFunds?.stateCapital, "narrative.otherFunds.stateCapital");
  single(W.socialInsurance, narrative?.otherFunds?.socialInsurance, "narrative.otherFunds.socialInsurance");
  single(W.other, narrative?.other, "narrative.other");
  b.setColumns([18, 6, 36, 100]);
  b.freeze(2);
  b.printTitles(0, 1, true);
  return b.build();
}
