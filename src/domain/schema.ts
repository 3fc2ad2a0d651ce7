/**
 * Loading a dataset file: strict validation against DATASET.md. Unknown or mistyped fields
 * throw a `DatasetError` naming the JSON path and the offending value; numeric fields are parsed
 * by the number policy (`numbers.ts`) — text that is not a number is kept as an `invalid` cell
 * for the rules to report, never guessed and never a crash.
 */
import { DatasetError } from "../errors";
import { errorText } from "../i18n";
import {
  BREAKDOWN_BASES,
  DATASET_FORMAT,
  DATASET_VERSION,
  DIRECTIONS,
  FUND_DIMENSIONS,
  GRADES,
  INDICATOR_KINDS,
  OUTLINE_IDS,
  RATE_BASES,
  RETIRED_LABELS,
  RATINGS,
  SANGONG_KEYS,
  UNIT_LEVELS,
  type Dataset,
  type RawDataset,
  type SangongKey,
} from "./dataset";
import { readNum, type NumCell } from "./numbers";

const P = errorText.problems;

/** Reads one value at a JSON path, or throws a DatasetError. */
export type Reader<T> = (value: unknown, path: string) => T;
type Shape = Record<string, Reader<unknown>>;
type Out<R> = R extends Reader<infer T> ? T : never;
type ObjectOut<R extends Shape, O extends Shape> = { [K in keyof R]: Out<R[K]> } & {
  [K in keyof O]?: Out<O[K]>;
};

/** `a.b`, or `b` at the root. */
export function childPath(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** `a[3]`. */
export function indexPath(path: string, index: number): string {
  return `${path}[${index}]`;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const text: Reader<string> = (value, path) => {
  if (typeof value !== "string") throw new DatasetError(path, value, P.notString);
  return value;
};

const name: Reader<string> = (value, path) => {
  const s = text(value, path);
  if (s.trim() === "") throw new DatasetError(path, value, P.emptyString);
  return s;
};

const num: Reader<NumCell> = (value, path) => {
  if (typeof value !== "number" && typeof value !== "string")
    throw new DatasetError(path, value, P.notNumeric);
  if (typeof value === "number" && !Number.isFinite(value)) throw new DatasetError(path, value, P.notNumeric);
  return readNum(value, path);
};

const count: Reader<number> = (value, path) => {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0)
    throw new DatasetError(path, value, P.notInteger);
  return value;
};

/** A calendar date written `YYYY-MM-DD` (成文日期), checked to exist (no 2025-02-30). */
const isoDate: Reader<string> = (value, path) => {
  const s = text(value, path);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const day = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !day || day.getUTCMonth() !== Number(m[2]) - 1 || day.getUTCDate() !== Number(m[3]))
    throw new DatasetError(path, value, P.notDate);
  return s;
};

const bool: Reader<boolean> = (value, path) => {
  if (typeof value !== "boolean") throw new DatasetError(path, value, P.notBoolean);
  return value;
};

function oneOf<T extends string | number>(choices: readonly T[]): Reader<T> {
  return (value, path) => {
    if (!choices.includes(value as T)) throw new DatasetError(path, value, P.oneOf(choices));
    return value as T;
  };
}

function list<T>(item: Reader<T>): Reader<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) throw new DatasetError(path, value, P.notArray);
    return value.map((v, i) => item(v, indexPath(path, i)));
  };
}

function object<R extends Shape, O extends Shape>(required: R, optional: O): Reader<ObjectOut<R, O>> {
  return (value, path) => {
    if (!isPlainObject(value)) throw new DatasetError(path, value, P.notObject);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (!(key in required) && !(key in optional))
        throw new DatasetError(childPath(path, key), value[key], P.unknownField);
    }
    for (const [key, read] of Object.entries(required)) {
      if (value[key] === undefined) throw new DatasetError(childPath(path, key), undefined, P.missingField);
      out[key] = read(value[key], childPath(path, key));
    }
    for (const [key, read] of Object.entries(optional)) {
      if (value[key] !== undefined) out[key] = read(value[key], childPath(path, key));
    }
    return out as ObjectOut<R, O>;
  };
}

function sangongRecord<T>(item: Reader<T>): Reader<Partial<Record<SangongKey, T>>> {
  const shape = Object.fromEntries(SANGONG_KEYS.map((k) => [k, item])) as Record<SangongKey, Reader<T>>;
  return object({}, shape);
}

function uniqueIds<T extends { id: string }>(items: T[] | undefined, path: string): void {
  const seen = new Set<string>();
  items?.forEach((item, i) => {
    if (seen.has(item.id))
      throw new DatasetError(childPath(indexPath(path, i), "id"), item.id, P.duplicateId);
    seen.add(item.id);
  });
}

const titledText = object({ text }, { title: text });

const readDatasetShape = object(
  {
    format: oneOf([DATASET_FORMAT] as const),
    version: oneOf([DATASET_VERSION] as const),
    unit: object(
      { name, level: oneOf(UNIT_LEVELS), year: count, moneyUnit: oneOf(["万元"] as const) },
      { shortName: text },
    ),
  },
  {
    source: text,
    profile: object(
      {},
      {
        functions: list(text),
        organization: text,
        budgetUnitCount: count,
        staffing: object(
          {},
          {
            authorized: num,
            actualInQuota: num,
            actualTotal: num,
            retired: num,
            retiredAs: oneOf(RETIRED_LABELS),
            actualOutOfQuota: num,
            note: text,
          },
        ),
      },
    ),
    goals: list(text),
    finance: object(
      {},
      {
        openingBalance: object({}, { basic: num, project: num }),
        income: object({}, { basic: num, project: num }),
        expenditure: object({}, { basic: num, project: num }),
        closingBalance: object({}, { basic: num, projectCarryover: num, projectSurplus: num }),
        reported: object(
          {},
          { totalAvailable: num, totalIncome: num, totalExpenditure: num, totalClosing: num },
        ),
      },
    ),
    basicExpenditure: object(
      {},
      {
        budget: num,
        personnel: object({}, { total: num, wages: num, familySubsidies: num }),
        publicFunds: num,
        publicFundsBudget: num,
        reported: object({}, { personnelShare: num, publicFundsShare: num }),
      },
    ),
    breakdowns: list(
      object(
        { id: name, title: name, items: list(object({ name, amount: num }, { reportedShare: num })) },
        { base: oneOf(BREAKDOWN_BASES), reportedTotal: num },
      ),
    ),
    sangong: object(
      { items: sangongRecord(object({}, { budget: num, actual: num, lastYearActual: num, note: text })) },
      {
        reported: object(
          {},
          { budget: num, actual: num, rate: num, rates: sangongRecord(num), shares: sangongRecord(num) },
        ),
        stats: object(
          {},
          {
            vehiclesPurchased: count,
            vehiclesHeld: count,
            abroadGroups: count,
            abroadPersons: count,
            receptionBatches: count,
            receptionPersons: count,
          },
        ),
      },
    ),
    fundTables: list(
      object(
        {
          id: name,
          title: name,
          dimension: oneOf(FUND_DIMENSIONS),
          rows: list(
            object(
              { name, budget: num, used: num },
              { group: name, arrived: num, usedAsReported: text, reportedRate: num },
            ),
          ),
        },
        {
          rateBase: oneOf(RATE_BASES),
          reportedSubtotals: list(
            object({ group: name }, { budget: num, arrived: num, used: num, rate: num }),
          ),
          reportedTotal: object({}, { budget: num, arrived: num, used: num, rate: num, arrivalRate: num }),
        },
      ),
    ),
    indicators: list(
      object(
        { level1: name, name, weight: num },
        {
          level2: text,
          kind: oneOf(INDICATOR_KINDS),
          direction: oneOf(DIRECTIONS),
          target: num,
          unit: text,
          actual: num,
          rating: oneOf(RATINGS),
          ratingPercent: num,
          reportedScore: num,
          deviationNote: text,
          illustrative: bool,
        },
      ),
    ),
    selfEvaluation: object({}, { reportedScore: num, reportedGrade: oneOf(GRADES), note: text }),
    narrative: object(
      {},
      {
        notice: object({}, { title: text, documentNumber: text }),
        selfEvaluationWork: object(
          {},
          {
            text,
            team: text,
            preparation: text,
            implementation: text,
            evaluation: text,
            submission: text,
            disclosure: text,
          },
        ),
        achievements: list(titledText),
        problems: list(titledText),
        measures: list(titledText),
        resultApplication: text,
        publicity: text,
        otherFunds: object({}, { governmentFund: text, stateCapital: text, socialInsurance: text }),
        other: text,
      },
    ),
    settings: object(
      {},
      { lowExecutionThreshold: num, executionCap: bool, outline: oneOf(OUTLINE_IDS), reportDate: isoDate },
    ),
  },
);

/** The checks that span fields: unique ids, subtotal groups that exist, vehicle xor its pair. */
function checkCrossFields(dataset: Dataset): void {
  uniqueIds(dataset.fundTables, "fundTables");
  uniqueIds(dataset.breakdowns, "breakdowns");
  dataset.fundTables?.forEach((table, t) => {
    const groups = new Set(table.rows.map((r) => r.group));
    table.reportedSubtotals?.forEach((sub, s) => {
      if (!groups.has(sub.group))
        throw new DatasetError(`fundTables[${t}].reportedSubtotals[${s}].group`, sub.group, P.groupUnknown);
    });
  });
  const items = dataset.sangong?.items;
  if (items?.vehicle && (items.vehiclePurchase || items.vehicleOperation)) {
    throw new DatasetError(
      "sangong.items",
      Object.keys(items),
      errorText.problems.oneOf(["vehicle", "vehiclePurchase/vehicleOperation"]),
    );
  }
}

/**
 * Validates a parsed JSON value as a `jixiao-dataset` v1 and parses its numeric fields.
 * @throws DatasetError naming the path and the value that break the contract.
 */
export function loadDataset(json: unknown): Dataset {
  const dataset: Dataset = readDatasetShape(json, "");
  checkCrossFields(dataset);
  return dataset;
}

/**
 * Parses dataset file text (JSON) and validates it.
 * @throws DatasetError when the text is not JSON or breaks the contract.
 */
export function parseDataset(text: string): Dataset {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new DatasetError("", text.slice(0, 40), `${P.notJson}：${(error as Error).message}`);
  }
  return loadDataset(json);
}

function isNumCell(value: unknown): value is NumCell {
  return isPlainObject(value) && "kind" in value && "source" in value && "decimals" in value;
}

function toRaw(value: unknown): unknown {
  if (isNumCell(value)) return value.source;
  if (Array.isArray(value)) return value.map(toRaw);
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toRaw(v)]));
  return value;
}

/** The dataset as a file holds it again: every numeric field exactly as it was written. */
export function toRawDataset(dataset: Dataset): RawDataset {
  return toRaw(dataset) as RawDataset;
}
