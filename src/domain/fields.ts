/**
 * The field registry: every field of the dataset (`jixiao-dataset` v1, docs/dataset.md) described
 * once — its place in the tree, what kind of value it holds, its label, whether it is required,
 * and how the part of the dataset it belongs to is named in messages. Everything else is derived
 * from this table: the schema reader (`schema.ts`), the walk over numeric fields that the input
 * rules check (`rules/inputs.ts`), the kind of every input cell of the sheets and how a cell is
 * read back (`src/workbook/`), and the words a user reads for a field (`describePath`).
 *
 * The table is checked against the dataset's TypeScript types (`SpecFor<RawDataset>`): a field
 * added to the types and not here, or the reverse, does not compile.
 */
import { fieldText } from "../i18n";
import {
  BREAKDOWN_BASES,
  DATASET_FORMAT,
  DATASET_VERSION,
  DIRECTIONS,
  FUND_DIMENSIONS,
  GRADES,
  DEPARTMENT_FUNDING_LINES,
  INDICATOR_KINDS,
  INDICATOR_LINKS,
  PROJECT_FUNDING_LINES,
  OUTLINE_IDS,
  RATE_BASES,
  RATINGS,
  RETIRED_LABELS,
  SANGONG_KEYS,
  UNIT_LEVELS,
  type RawDataset,
  type SangongKey,
} from "./dataset";
import type { Num } from "./numbers";
import type { Path, Segment } from "./paths";

const L = fieldText.label;
const W = fieldText.subject;

/** What a numeric field measures; decides its checks, its cell format and how a cell reads back. */
export const NumUnit = {
  /** 万元: never negative, no % sign, at most 2 decimals. */
  amount: "amount",
  /** Persons. */
  persons: "persons",
  /** A rate or share in percent (96.95 means 96.95 %); a cell holds the fraction. */
  percent: "percent",
  /** A plain number kept with its decimals (indicator values, weights, scores). */
  plain: "plain",
} as const;
export type NumUnit = (typeof NumUnit)[keyof typeof NumUnit];

/** How a part of the dataset is named: from what the file holds there and the name of its parent. */
export type SubjectOf = (value: unknown, index: number, parent: string) => string;

interface SpecBase {
  /** The field's words (a leaf) or the part's words when it has no `subject`. */
  readonly label: string;
  readonly required?: boolean;
  /** How this part is named in messages; by default the parent's name. */
  readonly subject?: SubjectOf;
}

/** A number or numeric text (`Num`), parsed by the number policy. */
export interface NumSpec extends SpecBase {
  readonly type: "num";
  readonly unit: NumUnit;
  /** A negative value is an input error (weights, the threshold). Amounts and persons always are. */
  readonly nonNegative?: boolean;
}

/** A JSON integer ≥ 0 (a year, a count of vehicles). */
export interface IntegerSpec extends SpecBase {
  readonly type: "integer";
}

/** Text; `nonEmpty` refuses blank text (names and ids); `date` is a date written YYYY-MM-DD. */
export interface TextSpec extends SpecBase {
  readonly type: "text";
  readonly nonEmpty?: boolean;
  readonly date?: boolean;
}

/** One of fixed values; `words` are the Chinese labels a sheet shows for them. */
export interface ChoiceSpec<T extends string | number = string | number> extends SpecBase {
  readonly type: "choice";
  readonly values: readonly T[];
  readonly words?: Readonly<Record<string, string>>;
}

/** true or false. */
export interface FlagSpec extends SpecBase {
  readonly type: "flag";
}

/** A list; `identity` names an item stably (its id or name) for keys that survive reordering. */
export interface ListSpec<I = FieldSpec> extends SpecBase {
  readonly type: "list";
  readonly item: I;
  readonly identity?: (item: unknown) => string | undefined;
}

/** An object with fixed fields. */
export interface ObjectSpec<F = Readonly<Record<string, FieldSpec>>> extends SpecBase {
  readonly type: "object";
  readonly fields: F;
}

export type LeafSpec = NumSpec | IntegerSpec | TextSpec | ChoiceSpec | FlagSpec;
export type FieldSpec = LeafSpec | ListSpec | ObjectSpec;

type IsExactlyNum<T> = [T] extends [Num] ? ([Num] extends [T] ? true : false) : false;
type RequiredMark<T, K extends keyof T> =
  object extends Pick<T, K> ? { readonly required?: false } : { readonly required: true };

/**
 * The spec a value of type T must have: Num fields are `num`, integers `integer`, text `text`,
 * string-literal unions `choice`, booleans `flag`, arrays `list`, objects `object` with exactly
 * T's keys, each marked required exactly when T requires it.
 */
export type SpecFor<T> =
  IsExactlyNum<T> extends true
    ? NumSpec
    : [T] extends [boolean]
      ? FlagSpec
      : [T] extends [number]
        ? number extends T
          ? IntegerSpec
          : ChoiceSpec<T & number>
        : [T] extends [string]
          ? string extends T
            ? TextSpec
            : ChoiceSpec<T & string>
          : T extends readonly (infer U)[]
            ? ListSpec<SpecFor<U>>
            : T extends object
              ? ObjectSpec<{ readonly [K in keyof T]-?: SpecFor<NonNullable<T[K]>> & RequiredMark<T, K> }>
              : never;

// ---- builders (each returns a literal spec; `req` marks a required field) ----

const req = { required: true } as const;
const amount = (label: string) => ({ type: "num", unit: NumUnit.amount, label }) as const;
const persons = (label: string) => ({ type: "num", unit: NumUnit.persons, label }) as const;
const percent = (label: string, nonNegative?: true) =>
  ({ type: "num", unit: NumUnit.percent, label, ...(nonNegative ? { nonNegative } : {}) }) as const;
const plain = (label: string, nonNegative?: true) =>
  ({ type: "num", unit: NumUnit.plain, label, ...(nonNegative ? { nonNegative } : {}) }) as const;
const integer = (label: string) => ({ type: "integer", label }) as const;
const text = (label: string) => ({ type: "text", label }) as const;
const name = (label: string) => ({ type: "text", nonEmpty: true, label }) as const;
const flag = (label: string) => ({ type: "flag", label }) as const;
function choice<T extends string | number>(
  values: readonly T[],
  label: string,
  words?: Record<string, string>,
) {
  return { type: "choice", values, label, ...(words ? { words } : {}) } as const;
}

/** A string field of an item, for identities and subjects. */
function textOf(value: unknown, key: string): string | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const v = Object.prototype.hasOwnProperty.call(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
  return typeof v === "string" && v.trim() !== "" ? v : undefined;
}

/** The same spec for each 三公 category, named after the category. */
function sangongRecord<S extends FieldSpec>(spec: (key: SangongKey) => S) {
  return Object.fromEntries(SANGONG_KEYS.map((k) => [k, spec(k)])) as { readonly [K in SangongKey]: S };
}

const sangongCategory: Readonly<Record<SangongKey, string>> = fieldText.category;
const sangongName = (key: SangongKey) => W.sangongItem(sangongCategory[key]);

const basicProject = (label: string) =>
  ({
    type: "object",
    label,
    subject: () => W.financePart(label),
    fields: { basic: amount(L.basic), project: amount(L.project) },
  }) as const;

const titledText = (list: string) =>
  ({
    type: "list",
    label: list,
    item: {
      type: "object",
      label: list,
      subject: (_v: unknown, i: number) => W.narrativeItem(list, i),
      fields: { text: { ...text(L.text), ...req }, title: text(L.itemTitle) },
    },
  }) as const;

/** A line of the budget model: 年初预算数, 全年预算数, 全年执行数, named after its line. */
const budgetLine = (line: string) =>
  ({
    type: "object",
    label: line,
    subject: (_v: unknown, _i: number, parent: string) => W.fundingLine(parent, line),
    fields: {
      initial: amount(L.initialBudget),
      adjusted: amount(L.adjustedBudget),
      actual: amount(L.budgetActual),
    },
  }) as const;

/** The budget model's lines (`keys`), each named by the catalogue's words for it. */
function fundingOf<K extends keyof typeof fieldText.fundingLines>(keys: readonly K[]) {
  return Object.fromEntries(keys.map((k) => [k, budgetLine(fieldText.fundingLines[k])])) as {
    readonly [P in K]: ReturnType<typeof budgetLine>;
  };
}

/** Every field of the dataset. */
export const DATASET_SPEC = {
  type: "object",
  label: W.root,
  subject: () => "",
  fields: {
    format: { ...choice([DATASET_FORMAT] as const, L.format), ...req },
    version: { ...choice([DATASET_VERSION] as const, L.version), ...req },
    source: text(L.source),
    unit: {
      type: "object",
      label: W.unit,
      subject: () => W.unit,
      ...req,
      fields: {
        name: { ...name(L.unitName), ...req },
        shortName: text(L.shortName),
        level: { ...choice(UNIT_LEVELS, L.level, fieldText.values.level), ...req },
        year: { ...integer(L.year), ...req },
        moneyUnit: { ...choice(["万元"] as const, L.moneyUnit), ...req },
      },
    },
    profile: {
      type: "object",
      label: W.profile,
      subject: () => W.profile,
      fields: {
        functions: { type: "list", label: L.functions, item: text(L.functions) },
        organization: text(L.organization),
        budgetUnitCount: integer(L.budgetUnitCount),
        staffing: {
          type: "object",
          label: W.staffing,
          subject: () => W.staffing,
          fields: {
            authorized: persons(L.authorized),
            actualInQuota: persons(L.actualInQuota),
            actualTotal: persons(L.actualTotal),
            retired: persons(L.retired),
            retiredAs: choice(RETIRED_LABELS, L.retiredAs),
            actualOutOfQuota: persons(L.actualOutOfQuota),
            note: text(L.staffingNote),
          },
        },
      },
    },
    goals: { type: "list", label: L.goals, item: text(L.goals) },
    goalsAchieved: text(L.goalsAchieved),
    finance: {
      type: "object",
      label: W.finance,
      subject: () => W.finance,
      fields: {
        openingBalance: basicProject(L.opening),
        income: basicProject(L.income),
        expenditure: basicProject(L.expenditure),
        closingBalance: {
          type: "object",
          label: L.closing,
          subject: () => W.financePart(L.closing),
          fields: {
            basic: amount(L.basic),
            projectCarryover: amount(L.projectCarryover),
            projectSurplus: amount(L.projectSurplus),
          },
        },
        reported: {
          type: "object",
          label: W.finance,
          fields: {
            totalAvailable: amount(L.totalAvailable),
            totalIncome: amount(L.totalIncome),
            totalExpenditure: amount(L.totalExpenditure),
            totalClosing: amount(L.totalClosing),
          },
        },
      },
    },
    basicExpenditure: {
      type: "object",
      label: W.basicExpenditure,
      subject: () => W.basicExpenditure,
      fields: {
        budget: amount(L.basicBudget),
        personnel: {
          type: "object",
          label: L.personnelTotal,
          fields: {
            total: amount(L.personnelTotal),
            wages: amount(L.wages),
            familySubsidies: amount(L.familySubsidies),
          },
        },
        publicFunds: amount(L.publicFunds),
        publicFundsBudget: amount(L.publicFundsBudget),
        reported: {
          type: "object",
          label: W.basicExpenditure,
          fields: {
            personnelShare: percent(L.personnelShare),
            publicFundsShare: percent(L.publicFundsShare),
          },
        },
      },
    },
    breakdowns: {
      type: "list",
      label: fieldText.subject.breakdown(0, undefined),
      identity: (item: unknown) => textOf(item, "id"),
      item: {
        type: "object",
        label: fieldText.subject.breakdown(0, undefined),
        subject: (v: unknown, i: number) => W.breakdown(i, textOf(v, "title")),
        fields: {
          id: { ...name(L.id), ...req },
          title: { ...name(L.title), ...req },
          base: choice(BREAKDOWN_BASES, L.base),
          items: {
            type: "list",
            label: L.items,
            ...req,
            identity: (item: unknown) => textOf(item, "name"),
            item: {
              type: "object",
              label: L.amount,
              subject: (v: unknown, i: number, parent: string) =>
                `${parent}${W.breakdownItem(i, textOf(v, "name"))}`,
              fields: {
                name: { ...name(L.name), ...req },
                amount: { ...amount(L.amount), ...req },
                reportedShare: percent(L.share),
              },
            },
          },
          reportedTotal: { ...amount(L.amount), subject: (_v, _i, parent) => `${parent}${W.breakdownTotal}` },
        },
      },
    },
    sangong: {
      type: "object",
      label: W.sangong,
      subject: () => W.sangong,
      fields: {
        items: {
          type: "object",
          label: W.sangong,
          ...req,
          fields: sangongRecord((key) => ({
            type: "object",
            label: sangongCategory[key],
            subject: () => sangongName(key),
            fields: {
              budget: amount(L.sangongBudget),
              actual: amount(L.sangongActual),
              lastYearActual: amount(L.lastYearActual),
              note: text(L.note),
              adjustedBudget: amount(L.adjustedBudget),
            },
          })),
        },
        reported: {
          type: "object",
          label: W.sangongTotal,
          subject: () => W.sangongTotal,
          fields: {
            budget: amount(L.sangongBudget),
            actual: amount(L.sangongActual),
            rate: percent(L.completionRate),
            rates: {
              type: "object",
              label: L.completionRate,
              fields: sangongRecord((key) => ({
                ...percent(L.completionRate),
                subject: () => sangongName(key),
              })),
            },
            shares: {
              type: "object",
              label: L.share,
              fields: sangongRecord((key) => ({ ...percent(L.share), subject: () => sangongName(key) })),
            },
          },
        },
        stats: {
          type: "object",
          label: W.sangongStats,
          subject: () => W.sangongStats,
          fields: {
            vehiclesPurchased: integer(L.vehiclesPurchased),
            vehiclesHeld: integer(L.vehiclesHeld),
            abroadGroups: integer(L.abroadGroups),
            abroadPersons: integer(L.abroadPersons),
            receptionBatches: integer(L.receptionBatches),
            receptionPersons: integer(L.receptionPersons),
          },
        },
      },
    },
    fundTables: {
      type: "list",
      label: fieldText.subject.fundTable(0, undefined),
      identity: (item: unknown) => textOf(item, "id"),
      item: {
        type: "object",
        label: fieldText.subject.fundTable(0, undefined),
        subject: (v: unknown, i: number) => W.fundTable(i, textOf(v, "title")),
        fields: {
          id: { ...name(L.id), ...req },
          title: { ...name(L.title), ...req },
          dimension: { ...choice(FUND_DIMENSIONS, L.dimension, fieldText.values.dimension), ...req },
          rateBase: choice(RATE_BASES, L.rateBase, fieldText.values.rateBase),
          rows: {
            type: "list",
            label: L.rows,
            ...req,
            identity: (item: unknown) => textOf(item, "name"),
            item: {
              type: "object",
              label: L.name,
              subject: (v: unknown, i: number, parent: string) =>
                `${parent}${W.fundRow(i, textOf(v, "name"))}`,
              fields: {
                group: name(L.group),
                name: { ...name(L.name), ...req },
                budget: { ...amount(L.budget), ...req },
                arrived: amount(L.arrived),
                used: { ...amount(L.used), ...req },
                usedAsReported: text(L.usedAsReported),
                reportedRate: percent(L.rate),
                adjustedBudget: amount(L.adjustedBudget),
              },
            },
          },
          reportedSubtotals: {
            type: "list",
            label: fieldText.subject.fundSubtotal(0, undefined),
            identity: (item: unknown) => textOf(item, "group"),
            item: {
              type: "object",
              label: fieldText.subject.fundSubtotal(0, undefined),
              subject: (v: unknown, i: number, parent: string) =>
                `${parent}${W.fundSubtotal(i, textOf(v, "group"))}`,
              fields: {
                group: { ...name(L.group), ...req },
                budget: amount(L.budget),
                arrived: amount(L.arrived),
                used: amount(L.used),
                rate: percent(L.rate),
                adjustedBudget: amount(L.adjustedBudget),
              },
            },
          },
          reportedTotal: {
            type: "object",
            label: W.fundTotal,
            subject: (_v: unknown, _i: number, parent: string) => `${parent}${W.fundTotal}`,
            fields: {
              budget: amount(L.budget),
              arrived: amount(L.arrived),
              used: amount(L.used),
              rate: percent(L.rate),
              arrivalRate: percent(L.arrivalRate),
              adjustedBudget: amount(L.adjustedBudget),
            },
          },
          funding: {
            type: "object",
            label: fieldText.fundingLines.total,
            subject: (_v: unknown, _i: number, parent: string) => W.fundingOf(parent),
            fields: fundingOf(PROJECT_FUNDING_LINES),
          },
          goals: {
            type: "object",
            label: L.goals,
            subject: (_v: unknown, _i: number, parent: string) => W.formGoals(parent),
            fields: { expected: text(L.goalsExpected), actual: text(L.goalsActual) },
          },
        },
      },
    },
    funding: {
      type: "object",
      label: W.funding,
      subject: () => W.funding,
      fields: fundingOf(DEPARTMENT_FUNDING_LINES),
    },
    indicators: {
      type: "list",
      label: fieldText.subject.indicator(0, undefined),
      identity: (item: unknown) => textOf(item, "name"),
      item: {
        type: "object",
        label: fieldText.subject.indicator(0, undefined),
        subject: (v: unknown, i: number) => W.indicator(i, textOf(v, "name")),
        fields: {
          level1: { ...name(L.level1), ...req },
          level2: text(L.level2),
          name: { ...name(L.indicatorName), ...req },
          weight: { ...plain(L.weight, true), ...req },
          kind: choice(INDICATOR_KINDS, L.kind, fieldText.values.kind),
          direction: choice(DIRECTIONS, L.direction),
          target: plain(L.target),
          unit: text(L.unit),
          actual: plain(L.actual),
          rating: choice(RATINGS, L.rating),
          ratingPercent: percent(L.ratingPercent),
          reportedScore: plain(L.score),
          deviationNote: text(L.deviationNote),
          illustrative: flag(L.illustrative),
          link: choice(INDICATOR_LINKS, L.link, fieldText.values.link),
          linkTable: text(L.linkTable),
          table: text(L.indicatorTable),
        },
      },
    },
    selfEvaluation: {
      type: "object",
      label: W.selfEvaluation,
      subject: () => W.selfEvaluation,
      fields: {
        reportedScore: plain(L.selfScore),
        reportedGrade: choice(GRADES, L.reportedGrade),
        note: text(L.selfNote),
      },
    },
    narrative: {
      type: "object",
      label: W.narrative,
      subject: () => W.narrative,
      fields: {
        notice: {
          type: "object",
          label: W.notice,
          subject: () => W.notice,
          fields: { title: text(L.noticeTitle), documentNumber: text(L.noticeNumber) },
        },
        selfEvaluationWork: {
          type: "object",
          label: W.selfEvaluationWork,
          subject: () => W.selfEvaluationWork,
          fields: {
            text: text(L.workText),
            team: text(L.workTeam),
            preparation: text(L.workPreparation),
            implementation: text(L.workImplementation),
            evaluation: text(L.workEvaluation),
            submission: text(L.workSubmission),
            disclosure: text(L.workDisclosure),
          },
        },
        achievements: titledText(fieldText.label.achievements),
        problems: titledText(fieldText.label.problems),
        measures: titledText(fieldText.label.measures),
        resultApplication: text(L.resultApplication),
        publicity: text(L.publicity),
        otherFunds: {
          type: "object",
          label: W.otherFunds,
          fields: {
            governmentFund: text(L.governmentFund),
            stateCapital: text(L.stateCapital),
            socialInsurance: text(L.socialInsurance),
          },
        },
        other: text(L.other),
      },
    },
    settings: {
      type: "object",
      label: W.settings,
      subject: () => W.settings,
      fields: {
        lowExecutionThreshold: percent(L.threshold, true),
        executionCap: flag(L.executionCap),
        outline: choice(OUTLINE_IDS, L.outline, fieldText.outlines),
        // YYYY-MM-DD; the report names a date that is not one as missing.
        reportDate: { ...text(L.reportDate), date: true },
      },
    },
  },
} as const satisfies SpecFor<RawDataset>;

/** Keys a dataset file may never use: they reach the object model of JavaScript itself. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** Whether `object` has `key` as its own property (never an inherited one). */
export function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/**
 * The spec of the field at `path`, or null when the registry has no such field. Indices must
 * follow lists, names must be fields of their object: a path a file or a cell holds is checked
 * here before it is used.
 */
export function specAt(path: Path): FieldSpec | null {
  let spec: FieldSpec = DATASET_SPEC;
  for (const segment of path) {
    if (spec.type === "list") {
      if (typeof segment !== "number" || !Number.isInteger(segment) || segment < 0) return null;
      spec = spec.item;
    } else if (spec.type === "object") {
      if (typeof segment !== "string" || FORBIDDEN_KEYS.has(segment) || !hasOwn(spec.fields, segment))
        return null;
      spec = spec.fields[segment];
    } else return null;
  }
  return spec;
}

/** The leaf spec at `path`, or null when the path is not a leaf field of the registry. */
export function leafAt(path: Path): LeafSpec | null {
  const spec = specAt(path);
  return spec && spec.type !== "object" && spec.type !== "list" ? spec : null;
}

/** The value a (raw or loaded) dataset holds at `path`, through own properties only. */
export function valueAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const segment of path) {
    if (typeof segment === "number") {
      if (!Array.isArray(node)) return undefined;
      node = node[segment];
    } else {
      if (typeof node !== "object" || node === null || Array.isArray(node) || !hasOwn(node, segment))
        return undefined;
      node = (node as Record<string, unknown>)[segment];
    }
  }
  return node;
}

/** The words of a location: the part it belongs to, and the field's label. */
export interface PathWords {
  /** The part of the dataset (“【公共卫生专项】12320运行经费”); empty at the root. */
  readonly subject: string;
  /** The field (“预算批复”), or the part's own words when the path ends at a part. */
  readonly field: string;
}

/**
 * Names a location in words a clerk reads, from the registry and what `root` (a raw or loaded
 * dataset, or nothing) holds along the way. A path that leaves the registry is named up to where
 * it does, then by the key the file used.
 */
export function describePath(path: Path, root?: unknown): PathWords {
  let spec: FieldSpec | null = DATASET_SPEC;
  let subject = "";
  let node: unknown = root;
  let field = "";
  for (const [depth, segment] of path.entries()) {
    const next = nextSpec(spec, segment);
    node = valueAt(node, [segment]);
    if (!next) {
      field =
        typeof segment === "string" ? fieldText.unknownKey(segment) : fieldText.subject.listItem(segment);
      break;
    }
    const index = typeof segment === "number" ? segment : depth;
    if (next.subject) subject = next.subject(node, index, subject);
    spec = next;
    field = next.label;
  }
  return { subject, field };
}

function nextSpec(spec: FieldSpec | null, segment: Segment): FieldSpec | null {
  if (!spec) return null;
  if (spec.type === "list") return typeof segment === "number" && segment >= 0 ? spec.item : null;
  if (spec.type === "object")
    return typeof segment === "string" && !FORBIDDEN_KEYS.has(segment) && hasOwn(spec.fields, segment)
      ? spec.fields[segment]
      : null;
  return null;
}

/** “【公共卫生专项】12320运行经费的预算批复”: a location as one phrase. */
export function wordsOf(path: Path, root?: unknown): string {
  const { subject, field } = describePath(path, root);
  if (!subject) return field;
  return subject.endsWith(field) ? subject : fieldText.where(subject, field);
}

/**
 * For each item of a list, how many items before it have the same identity — counted once per
 * list (a check keys thousands of findings in one table; counting before each would be quadratic).
 * A loaded dataset is not changed afterwards, so a list's counts stay right.
 */
const sameCounts = new WeakMap<readonly unknown[], readonly number[]>();

/** How many items of `list` before `index` have the identity of the item at `index`. */
function sameBefore(list: readonly unknown[], spec: ListSpec, index: number): number {
  let counts = sameCounts.get(list);
  if (!counts || counts.length !== list.length) {
    const seen = new Map<string, number>();
    counts = list.map((item) => {
      const identity = spec.identity?.(item);
      if (identity === undefined) return 0;
      const n = seen.get(identity) ?? 0;
      seen.set(identity, n + 1);
      return n;
    });
    sameCounts.set(list, counts);
  }
  return counts[index] ?? 0;
}

/**
 * A key for the item at `path` that survives reordering, insertion and deletion of other items:
 * list indices are replaced by the item's identity (a fund table's id, a row's name — with `#n`
 * for the n-th of the same name) where the registry gives one. Used to keep reviewers' notes
 * on 检查结果 attached to the same item when a clerk inserts or moves rows.
 */
export function stableKey(path: Path, root: unknown): string {
  let spec: FieldSpec | null = DATASET_SPEC;
  let node: unknown = root;
  let out = "";
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const parent: unknown = node;
    // valueAt's step, inline (a check keys fourteen thousand findings): own properties only.
    if (typeof segment === "number") node = Array.isArray(parent) ? parent[segment] : undefined;
    else
      node =
        typeof parent === "object" && parent !== null && !Array.isArray(parent) && hasOwn(parent, segment)
          ? (parent as Record<string, unknown>)[segment]
          : undefined;
    if (spec?.type === "list" && typeof segment === "number" && Array.isArray(parent)) {
      const identity = spec.identity?.(node);
      if (identity !== undefined) {
        const same = sameBefore(parent, spec, segment);
        out += `[${JSON.stringify(identity)}${same ? `#${same + 1}` : ""}]`;
      } else out += `[${segment}]`;
    } else out += typeof segment === "number" ? `[${segment}]` : out ? `.${segment}` : segment;
    spec = nextSpec(spec, segment);
  }
  return out;
}
