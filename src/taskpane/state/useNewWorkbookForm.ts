/**
 * The new-workbook form's state: the draft, the problem of each field (all checked at once on
 * submit, each cleared as its field is edited), the focus on the first invalid field, the tables
 * added and removed (a removal can be undone), and the divisions loaded on demand.
 */
import { useRef, useState, type FormEvent } from "react";
import type { FundDimension, RawDataset, UnitLevel } from "../../domain";
import { regionRows, type RegionData } from "../../regions";
import {
  datasetOf,
  fieldOrder,
  validateDraft,
  type FieldKey,
  type TableDraft,
  type TemplateChoice,
} from "./newWorkbookDraft";

/**
 * Focuses an element once the current key press is over: a field focused while Enter is still
 * being handled (on 添加资金表 or 撤销删除) would take the key press and submit the form.
 */
const later = (el: HTMLElement) => setTimeout(() => el.focus(), 0);

let nextKey = 1;
const newTable = (): TableDraft => ({
  key: nextKey++,
  title: "",
  dimension: "project",
  province: "",
  city: "",
  rows: "",
});

export interface NewWorkbookFormProps {
  /** Loads the divisions data (a separate chunk) the first time a by-region table needs it. */
  readonly loadRegions: () => Promise<RegionData>;
  /** Receives the new workbook's dataset. */
  readonly onCreate: (raw: RawDataset) => void;
  /** Told when the form was submitted with problems (how many). */
  readonly onInvalid?: (count: number) => void;
  /** Told when the divisions could not be loaded. */
  readonly onRegionsFailed?: () => void;
  /** The year proposed; by default last year (this year's self-evaluation is of last year). */
  readonly defaultYear?: number;
}

/** The form's state and what its controls do. */
export function useNewWorkbookForm({
  loadRegions,
  onCreate,
  onInvalid,
  onRegionsFailed,
  defaultYear,
}: NewWorkbookFormProps) {
  const [template, setTemplate] = useState<TemplateChoice>("none");
  const [unitName, setUnitName] = useState("");
  const [shortName, setShortName] = useState("");
  const [level, setLevel] = useState<UnitLevel>("county");
  const [year, setYear] = useState(() => String(defaultYear ?? new Date().getFullYear() - 1));
  const [tables, setTables] = useState<TableDraft[]>(() => [newTable()]);
  const [problems, setProblems] = useState<ReadonlyMap<FieldKey, string>>(new Map());
  const [regions, setRegions] = useState<RegionData | undefined>();
  const [loading, setLoading] = useState(false);
  /** The table removed last and where it was, until it is restored or another is removed. */
  const [removed, setRemoved] = useState<{ table: TableDraft; at: number } | undefined>();
  const fields = useRef(new Map<FieldKey, HTMLElement>());
  /** Focus to give once the next render has the element (a new table's title, the undo button). */
  // The form opens with the keyboard in its first field.
  const focusNext = useRef<FieldKey | "undo" | "add" | undefined>("unitName");
  const undoButton = useRef<HTMLButtonElement | null>(null);
  const addButton = useRef<HTMLButtonElement | null>(null);

  const draft = { template, unitName, shortName, level, year, tables };

  /** Registers a field's element, and focuses it when asked to. */
  const fieldRef = (key: FieldKey) => (el: HTMLElement | null) => {
    if (!el) {
      fields.current.delete(key);
      return;
    }
    fields.current.set(key, el);
    if (focusNext.current === key) {
      focusNext.current = undefined;
      later(el);
    }
  };
  const focusRef = (which: "undo" | "add") => (el: HTMLButtonElement | null) => {
    (which === "undo" ? undoButton : addButton).current = el;
    if (el && focusNext.current === which) {
      focusNext.current = undefined;
      later(el);
    }
  };

  /** Clears a field's problem as soon as it is edited. */
  const edited = (key: FieldKey) =>
    setProblems((p) => {
      if (!p.has(key)) return p;
      const next = new Map(p);
      next.delete(key);
      return next;
    });

  const updateTable = (key: number, change: Partial<TableDraft>) =>
    setTables((all) => all.map((t) => (t.key === key ? { ...t, ...change } : t)));

  const ensureRegions = async () => {
    if (regions || loading) return;
    setLoading(true);
    try {
      setRegions(await loadRegions());
    } catch {
      onRegionsFailed?.();
    } finally {
      setLoading(false);
    }
  };

  return {
    draft,
    problems,
    regions,
    loading,
    removed: removed?.table,
    fieldRef,
    undoRef: focusRef("undo"),
    addRef: focusRef("add"),
    problemOf: (key: FieldKey) => problems.get(key),
    setTemplate,
    setUnitName: (v: string) => {
      setUnitName(v);
      edited("unitName");
    },
    setShortName,
    setLevel,
    setYear: (v: string) => {
      setYear(v);
      edited("year");
    },
    setTitle: (table: TableDraft, title: string) => {
      updateTable(table.key, { title });
      edited(`title:${table.key}`);
    },
    setRows: (table: TableDraft, rows: string) => {
      updateTable(table.key, { rows });
      edited(`rows:${table.key}`);
    },
    setDimension: (table: TableDraft, dimension: FundDimension) => {
      updateTable(table.key, { dimension });
      if (dimension === "region") void ensureRegions();
    },
    /** Chooses a province or city; the rows become its divisions (still editable). */
    chooseDivision: (table: TableDraft, province: string, city: string) => {
      const code = city || province;
      updateTable(table.key, {
        province,
        city,
        rows: regions && code ? regionRows(regions, code).join("\n") : table.rows,
      });
      if (regions && code) edited(`rows:${table.key}`);
    },
    addTable: () => {
      const table = newTable();
      focusNext.current = `title:${table.key}`;
      setTables((all) => [...all, table]);
    },
    removeTable: (table: TableDraft) => {
      const at = tables.findIndex((t) => t.key === table.key);
      setTables((all) => all.filter((t) => t.key !== table.key));
      setRemoved({ table, at });
      setProblems((p) => new Map([...p].filter(([k]) => !k.endsWith(`:${table.key}`))));
      focusNext.current = "undo";
    },
    undoRemove: () => {
      if (!removed) return;
      setTables((all) => [...all.slice(0, removed.at), removed.table, ...all.slice(removed.at)]);
      setRemoved(undefined);
      focusNext.current = `title:${removed.table.key}`;
    },
    /** Checks every field; creates the dataset, or marks the fields and focuses the first. */
    submit: (event?: FormEvent) => {
      event?.preventDefault();
      const found = validateDraft(draft);
      setProblems(found);
      if (found.size) {
        const first = fieldOrder(draft).find((k) => found.has(k));
        if (first) fields.current.get(first)?.focus();
        onInvalid?.(found.size);
        return;
      }
      setRemoved(undefined);
      onCreate(datasetOf(draft));
    },
  };
}

export type NewWorkbookFormState = ReturnType<typeof useNewWorkbookForm>;
