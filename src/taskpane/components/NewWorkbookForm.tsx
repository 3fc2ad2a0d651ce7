import {
  Button,
  Card,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  Textarea,
  makeStyles,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import {
  blankDataset,
  pathText,
  UNIT_LEVELS,
  type FundDimension,
  type RawDataset,
  type UnitLevel,
} from "../../domain";
import { DatasetError } from "../../errors";
import { citiesOf, provinces, regionRows, type RegionData } from "../../regions";
import { newWorkbookText as T } from "../../i18n";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: "8px" },
  table: { display: "flex", flexDirection: "column", gap: "6px" },
  row: { display: "flex", flexWrap: "wrap", gap: "8px" },
});

interface TableDraft {
  readonly key: number;
  readonly title: string;
  readonly dimension: FundDimension;
  readonly province: string;
  readonly city: string;
  readonly rows: string;
}

export interface NewWorkbookFormProps {
  /** Loads the divisions data (a separate chunk) the first time a by-region table needs it. */
  readonly loadRegions: () => Promise<RegionData>;
  /** Receives the new workbook's dataset. */
  readonly onCreate: (raw: RawDataset) => void;
  /** Closes the form; without it the form has no 取消 button. */
  readonly onCancel?: () => void;
  readonly disabled?: boolean;
  /** The year proposed; by default last year (this year's self-evaluation is of last year). */
  readonly defaultYear?: number;
}

/** What the form shows when `blankDataset` refuses: the field it is about, if any, and why. */
interface Problem {
  readonly text: string;
  /** The field's name, to say which to correct, and its short reason, to mark the field itself. */
  readonly field?: { readonly key: FieldKey; readonly label: string; readonly reason: string };
}

/** A field of the form: the unit name, the year, or a table's title or rows (by table index). */
type FieldKey = "unit.name" | "unit.year" | `title:${number}` | `rows:${number}`;

/** The form field a `DatasetError` of `blankDataset` is about (its path), if any. */
function fieldOf(path: string): { key: FieldKey; label: string } | undefined {
  if (path === "unit.name") return { key: path, label: T.unitName };
  if (path === "unit.year") return { key: path, label: T.year };
  const m = /^fundTables\[(\d+)\]\.(title|rows)/.exec(path);
  if (!m) return undefined;
  const i = Number(m[1]);
  return m[2] === "title"
    ? { key: `title:${i}`, label: T.tableTitle(i + 1) }
    : { key: `rows:${i}`, label: T.rowsField(i + 1) };
}

let nextKey = 1;
const newTable = (dimension: FundDimension): TableDraft => ({
  key: nextKey++,
  title: "",
  dimension,
  province: "",
  city: "",
  rows: "",
});

/**
 * 新建空白标准工作簿: the unit, its level, the year and the fund tables — by project (rows typed in)
 * or by region (rows prefilled with a province's 市州 or a city's 区县, editable).
 */
export function NewWorkbookForm({
  loadRegions,
  onCreate,
  onCancel,
  disabled,
  defaultYear,
}: NewWorkbookFormProps) {
  const styles = useStyles();
  const [unitName, setUnitName] = useState("");
  const [shortName, setShortName] = useState("");
  const [level, setLevel] = useState<UnitLevel>("county");
  const [year, setYear] = useState(() => String(defaultYear ?? new Date().getFullYear() - 1));
  const [tables, setTables] = useState<TableDraft[]>(() => [newTable("project")]);
  const [regions, setRegions] = useState<RegionData | undefined>();
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<Problem | undefined>();
  /** Keyboard focus after adding a table (its title) or removing one (the add button). */
  const focusTitleOf = useRef<number | undefined>(undefined);
  const addButton = useRef<HTMLButtonElement>(null);

  /** Marks the field `blankDataset` refused, with the short reason under it. */
  const validation = (key: FieldKey) =>
    problem?.field?.key === key
      ? { validationState: "error" as const, validationMessage: problem.field.reason }
      : {};

  const addTable = () => {
    const table = newTable("project");
    focusTitleOf.current = table.key;
    setTables((all) => [...all, table]);
  };

  const removeTable = (key: number) => {
    setTables((all) => all.filter((t) => t.key !== key));
    // The tables are renumbered: a mark on “资金表 n” would now point at another table.
    setProblem(undefined);
    addButton.current?.focus();
  };

  const update = (key: number, change: Partial<TableDraft>) =>
    setTables((all) => all.map((t) => (t.key === key ? { ...t, ...change } : t)));

  const ensureRegions = async () => {
    if (regions || loading) return;
    setLoading(true);
    try {
      setRegions(await loadRegions());
    } catch {
      setProblem({ text: T.regionsFailed });
    } finally {
      setLoading(false);
    }
  };

  const chooseDivision = (table: TableDraft, province: string, city: string) => {
    const code = city || province;
    update(table.key, {
      province,
      city,
      rows: regions && code ? regionRows(regions, code).join("\n") : table.rows,
    });
  };

  const create = () => {
    setProblem(undefined);
    try {
      onCreate(
        blankDataset({
          unitName,
          shortName,
          level,
          year: Number(year),
          fundTables: tables.map((t) => ({
            title: t.title,
            dimension: t.dimension,
            rows: t.rows.split("\n"),
          })),
        }),
      );
    } catch (error) {
      if (error instanceof DatasetError) {
        const field = fieldOf(pathText(error.path));
        setProblem({ text: error.message, field: field && { ...field, reason: error.problem } });
      } else setProblem({ text: (error as Error).message });
    }
  };

  return (
    <Card className={styles.form} aria-label={T.title}>
      <Subtitle2 as="h3">{T.title}</Subtitle2>
      <Field label={T.unitName} required hint={T.hint} {...validation("unit.name")}>
        <Input value={unitName} onChange={(_, d) => setUnitName(d.value)} disabled={disabled} />
      </Field>
      <Field label={T.shortName}>
        <Input value={shortName} onChange={(_, d) => setShortName(d.value)} disabled={disabled} />
      </Field>
      <div className={styles.row}>
        <Field label={T.level}>
          <Select value={level} onChange={(_, d) => setLevel(d.value as UnitLevel)} disabled={disabled}>
            {UNIT_LEVELS.map((l) => (
              <option key={l} value={l}>
                {T.levels[l]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={T.year} required {...validation("unit.year")}>
          <Input type="number" value={year} onChange={(_, d) => setYear(d.value)} disabled={disabled} />
        </Field>
      </div>
      <Subtitle2 as="h4">{T.tables}</Subtitle2>
      {tables.map((table, i) => {
        const n = i + 1;
        return (
          <section key={table.key} className={styles.table} aria-label={T.table(n)}>
            <Field label={T.tableTitle(n)} required {...validation(`title:${i}`)}>
              <Input
                ref={(el) => {
                  if (el && focusTitleOf.current === table.key) {
                    focusTitleOf.current = undefined;
                    el.focus();
                  }
                }}
                value={table.title}
                onChange={(_, d) => update(table.key, { title: d.value })}
                disabled={disabled}
              />
            </Field>
            <Field label={T.dimension(n)}>
              <RadioGroup
                layout="horizontal"
                value={table.dimension}
                onChange={(_, d) => {
                  update(table.key, { dimension: d.value as FundDimension });
                  if (d.value === "region") void ensureRegions();
                }}
                disabled={disabled}
              >
                <Radio value="project" label={T.dimensions.project} />
                <Radio value="region" label={T.dimensions.region} />
              </RadioGroup>
            </Field>
            {table.dimension === "region" ? (
              regions ? (
                <div className={styles.row}>
                  <Field label={T.province(n)}>
                    <Select
                      value={table.province}
                      onChange={(_, d) => chooseDivision(table, d.value, "")}
                      disabled={disabled}
                    >
                      <option value="">{T.choose}</option>
                      {provinces(regions).map((p) => (
                        <option key={p.code} value={p.code}>
                          {p.name}
                        </option>
                      ))}
                    </Select>
                  </Field>
                  {table.province && citiesOf(regions, table.province).length ? (
                    <Field label={T.city(n)}>
                      <Select
                        value={table.city}
                        onChange={(_, d) => chooseDivision(table, table.province, d.value)}
                        disabled={disabled}
                      >
                        <option value="">{T.anyCity}</option>
                        {citiesOf(regions, table.province).map((c) => (
                          <option key={c.code} value={c.code}>
                            {c.name}
                          </option>
                        ))}
                      </Select>
                    </Field>
                  ) : null}
                </div>
              ) : loading ? (
                <span role="status">{T.loadingRegions}</span>
              ) : null
            ) : null}
            <Field label={T.rows(n)} hint={T.rowsHint} required {...validation(`rows:${i}`)}>
              <Textarea
                value={table.rows}
                onChange={(_, d) => update(table.key, { rows: d.value })}
                rows={6}
                resize="vertical"
                disabled={disabled}
              />
            </Field>
            {tables.length > 1 ? (
              <div className={styles.row}>
                <Button onClick={() => removeTable(table.key)} disabled={disabled}>
                  {T.removeTable(n)}
                </Button>
              </div>
            ) : null}
          </section>
        );
      })}
      <div className={styles.row}>
        <Button ref={addButton} onClick={addTable} disabled={disabled}>
          {T.addTable}
        </Button>
      </div>
      {problem ? (
        <MessageBar intent="error">
          <MessageBarBody>
            {problem.field ? T.fix(problem.field.label) : null}
            {problem.text}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.row}>
        <Button appearance="primary" onClick={create} disabled={disabled}>
          {T.create}
        </Button>
        {onCancel ? (
          <Button onClick={onCancel} disabled={disabled}>
            {T.cancel}
          </Button>
        ) : null}
      </div>
    </Card>
  );
}
