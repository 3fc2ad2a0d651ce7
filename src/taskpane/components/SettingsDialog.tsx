/**
 * 设置, behind the header's gear: the low-execution threshold, the execution-cap rule, each fund
 * table's execution-rate base, the report's outline (报告提纲) and 成文日期, as the workbook holds
 * them. Saved into the workbook (then checked
 * again) only when every field is valid; a wrong threshold is said under its field.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Select,
  Switch,
  makeStyles,
} from "@fluentui/react-components";
import { useState } from "react";
import { OUTLINE_IDS, RATE_BASES, type OutlineId, type RateBase } from "../../domain";
import type { CheckSettings, TableSetting } from "../../host";
import { fieldText, uiText } from "../../i18n";

const T = uiText.settingsDialog;

const useSettingsDialogStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", gap: "12px" },
});

/** The settings form's state, from the settings the workbook holds. */
export function useSettingsForm(settings: CheckSettings, onSave: (settings: CheckSettings) => void) {
  const [threshold, setThreshold] = useState(String(settings.lowExecutionThreshold));
  const [cap, setCap] = useState(settings.executionCap);
  const [tables, setTables] = useState<readonly TableSetting[]>(settings.tables);
  const [outline, setOutline] = useState(settings.outline?.value);
  const [reportDate, setReportDate] = useState(settings.reportDate?.value);
  const [problem, setProblem] = useState<string | undefined>();
  return {
    threshold,
    cap,
    tables,
    outline,
    reportDate,
    problem,
    setOutline,
    setReportDate,
    setThreshold: (v: string) => {
      setThreshold(v);
      setProblem(undefined);
    },
    setCap,
    setRateBase: (i: number, rateBase: RateBase) =>
      setTables((all) => all.map((t, j) => (j === i ? { ...t, rateBase } : t))),
    save: () => {
      const value = Number(threshold);
      if (threshold.trim() === "" || !Number.isFinite(value) || value < 0 || value > 100) {
        setProblem(T.thresholdInvalid);
        return;
      }
      onSave({
        lowExecutionThreshold: value,
        executionCap: cap,
        tables,
        ...(settings.outline && outline ? { outline: { ...settings.outline, value: outline } } : {}),
        ...(settings.reportDate && reportDate !== undefined
          ? { reportDate: { ...settings.reportDate, value: reportDate } }
          : {}),
      });
    },
  };
}

function SettingsForm({
  settings,
  onSave,
  onClose,
}: {
  readonly settings: CheckSettings;
  readonly onSave: (settings: CheckSettings) => void;
  readonly onClose: () => void;
}) {
  const styles = useSettingsDialogStyles();
  const form = useSettingsForm(settings, onSave);
  return (
    <DialogBody>
      <DialogTitle>{T.title}</DialogTitle>
      <DialogContent className={styles.content}>
        <Field
          label={T.thresholdLabel}
          hint={T.thresholdHint}
          {...(form.problem ? { validationState: "error" as const, validationMessage: form.problem } : {})}
        >
          <Input
            type="number"
            min={0}
            max={100}
            step={0.01}
            value={form.threshold}
            onChange={(_, d) => form.setThreshold(d.value)}
          />
        </Field>
        <Switch label={T.capLabel} checked={form.cap} onChange={(_, d) => form.setCap(d.checked)} />
        {form.tables.map((table, i) => (
          <Field key={`${table.sheet}!${table.cell}`} label={T.rateBaseLabel(table.title)}>
            <Select value={table.rateBase} onChange={(_, d) => form.setRateBase(i, d.value as RateBase)}>
              {RATE_BASES.map((base) => (
                <option key={base} value={base}>
                  {T.rateBases[base]}
                </option>
              ))}
            </Select>
          </Field>
        ))}
        {form.outline !== undefined ? (
          <Field label={T.outlineLabel} hint={T.outlineHint}>
            <Select value={form.outline} onChange={(_, d) => form.setOutline(d.value as OutlineId)}>
              {OUTLINE_IDS.map((id) => (
                <option key={id} value={id}>
                  {fieldText.outlines[id]}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
        {form.reportDate !== undefined ? (
          <Field label={T.reportDateLabel} hint={T.reportDateHint}>
            <Input type="date" value={form.reportDate} onChange={(_, d) => form.setReportDate(d.value)} />
          </Field>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button appearance="primary" onClick={form.save}>
          {T.save}
        </Button>
        <Button onClick={onClose}>{T.cancel}</Button>
      </DialogActions>
    </DialogBody>
  );
}

export function SettingsDialog({
  open,
  settings,
  onSave,
  onClose,
}: {
  readonly open: boolean;
  readonly settings: CheckSettings | undefined;
  readonly onSave: (settings: CheckSettings) => void;
  readonly onClose: () => void;
}) {
  return (
    <Dialog open={open && settings !== undefined} onOpenChange={(_, d) => (d.open ? undefined : onClose())}>
      <DialogSurface>
        {settings ? <SettingsForm settings={settings} onSave={onSave} onClose={onClose} /> : null}
      </DialogSurface>
    </Dialog>
  );
}
