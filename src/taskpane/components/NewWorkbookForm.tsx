/**
 * 新建空白标准工作簿, as the user sees it: the unit, its level, the year, the indicators to start
 * with (none, the 部门整体支出 common framework or the 项目支出 default) and the fund tables — by
 * project (rows typed in), by region (a province's 市州 or a city's 区县 listed, editable) or by
 * institution or township (rows typed in). Every problem is said under its field; a removed table
 * can be restored. The form's state is `useNewWorkbookForm`; its one primary button (生成空白标准表)
 * sits in the pane's footer and submits the form by its id.
 */
import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { FUND_DIMENSIONS, UNIT_LEVELS, type FundDimension, type UnitLevel } from "../../domain";
import { citiesOf, provinces } from "../../regions";
import { newWorkbookText as T } from "../../i18n";
import type { NewWorkbookFormState } from "../state/useNewWorkbookForm";
import { TEMPLATE_CHOICES, type TemplateChoice } from "../state/newWorkbookDraft";

const useNewWorkbookFormStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: "10px", paddingBottom: "8px" },
  heading: { margin: 0 },
  table: {
    display: "flex",
    flexDirection: "column",
    gap: "8px",
    paddingTop: "8px",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  pair: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: "8px" },
  row: { display: "flex", flexWrap: "wrap", gap: "8px" },
});

/** The Field props that show a field's problem (and mark it invalid for screen readers). */
const problemProps = (problem: string | undefined) =>
  problem ? { validationState: "error" as const, validationMessage: problem } : {};

export function NewWorkbookForm({
  form,
  formId,
  disabled = false,
}: {
  readonly form: NewWorkbookFormState;
  /** The form's id: the footer's submit button names it. */
  readonly formId: string;
  readonly disabled?: boolean;
}) {
  const styles = useNewWorkbookFormStyles();
  const { draft, regions } = form;
  return (
    <form id={formId} className={styles.form} onSubmit={form.submit} noValidate aria-label={T.title}>
      <Subtitle2 as="h2" className={styles.heading}>
        {T.title}
      </Subtitle2>
      <Caption1>{T.hint}</Caption1>
      <Field label={T.unitName} required {...problemProps(form.problemOf("unitName"))}>
        <Input
          ref={form.fieldRef("unitName")}
          value={draft.unitName}
          onChange={(_, d) => form.setUnitName(d.value)}
          disabled={disabled}
        />
      </Field>
      <Field label={T.shortName}>
        <Input value={draft.shortName} onChange={(_, d) => form.setShortName(d.value)} disabled={disabled} />
      </Field>
      <div className={styles.pair}>
        <Field label={T.level}>
          <Select
            value={draft.level}
            onChange={(_, d) => form.setLevel(d.value as UnitLevel)}
            disabled={disabled}
          >
            {UNIT_LEVELS.map((l) => (
              <option key={l} value={l}>
                {T.levels[l]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={T.year} required {...problemProps(form.problemOf("year"))}>
          <Input
            ref={form.fieldRef("year")}
            inputMode="numeric"
            value={draft.year}
            onChange={(_, d) => form.setYear(d.value)}
            disabled={disabled}
          />
        </Field>
      </div>
      <Field label={T.indicators} hint={T.templateHints[draft.template ?? "none"]}>
        <RadioGroup
          value={draft.template ?? "none"}
          onChange={(_, d) => form.setTemplate(d.value as TemplateChoice)}
          disabled={disabled}
        >
          {TEMPLATE_CHOICES.map((choice) => (
            <Radio key={choice} value={choice} label={T.templates[choice]} />
          ))}
        </RadioGroup>
      </Field>
      <Subtitle2 as="h3" className={styles.heading}>
        {T.tables}
      </Subtitle2>
      {draft.tables.map((table, i) => {
        const n = i + 1;
        const cities = regions && table.province ? citiesOf(regions, table.province) : [];
        return (
          <section key={table.key} className={styles.table} aria-label={T.table(n)}>
            <Field label={T.tableTitle(n)} required {...problemProps(form.problemOf(`title:${table.key}`))}>
              <Input
                ref={form.fieldRef(`title:${table.key}`)}
                value={table.title}
                onChange={(_, d) => form.setTitle(table, d.value)}
                disabled={disabled}
              />
            </Field>
            <Field label={T.dimension(n)}>
              <RadioGroup
                layout="horizontal"
                value={table.dimension}
                onChange={(_, d) => form.setDimension(table, d.value as FundDimension)}
                disabled={disabled}
              >
                {FUND_DIMENSIONS.map((dimension) => (
                  <Radio key={dimension} value={dimension} label={T.dimensions[dimension]} />
                ))}
              </RadioGroup>
            </Field>
            {table.dimension === "region" ? (
              regions ? (
                <div className={styles.pair}>
                  <Field label={T.province(n)}>
                    <Select
                      value={table.province}
                      onChange={(_, d) => form.chooseDivision(table, d.value, "")}
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
                  {cities.length ? (
                    <Field label={T.city(n)}>
                      <Select
                        value={table.city}
                        onChange={(_, d) => form.chooseDivision(table, table.province, d.value)}
                        disabled={disabled}
                      >
                        <option value="">{T.anyCity}</option>
                        {cities.map((c) => (
                          <option key={c.code} value={c.code}>
                            {c.name}
                          </option>
                        ))}
                      </Select>
                    </Field>
                  ) : null}
                </div>
              ) : form.loading ? (
                <Caption1 role="status">{T.loadingRegions}</Caption1>
              ) : null
            ) : null}
            <Field
              label={T.rows(n)}
              hint={T.rowsHint[table.dimension]}
              required
              {...problemProps(form.problemOf(`rows:${table.key}`))}
            >
              <Textarea
                ref={form.fieldRef(`rows:${table.key}`)}
                value={table.rows}
                onChange={(_, d) => form.setRows(table, d.value)}
                rows={5}
                resize="vertical"
                disabled={disabled}
              />
            </Field>
            {draft.tables.length > 1 ? (
              <div className={styles.row}>
                <Button onClick={() => form.removeTable(table)} disabled={disabled}>
                  {T.removeTable(n)}
                </Button>
              </div>
            ) : null}
          </section>
        );
      })}
      {form.removed ? (
        <MessageBar intent="info" aria-labelledby={undefined}>
          <MessageBarBody>{T.removed(form.removed.title.trim() || T.tables)}</MessageBarBody>
          <MessageBarActions>
            <Button ref={form.undoRef} onClick={form.undoRemove} disabled={disabled}>
              {T.undoRemove}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      <div className={styles.row}>
        <Button ref={form.addRef} onClick={form.addTable} disabled={disabled}>
          {T.addTable}
        </Button>
      </div>
    </form>
  );
}
