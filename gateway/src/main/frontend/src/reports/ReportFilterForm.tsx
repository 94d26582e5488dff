import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  ButtonGroup,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import type { ReportFilters } from '../api/reports';
import { hasErrors, NO_FILTERS, validateFilters, type FilterErrors, type FilterField } from './reportFilters';

export interface FilterOption {
  value: string;
  label: string;
}

export interface FilterOptions {
  /** Undefined: the role may not read the themes, so the form cannot offer them. */
  themes: FilterOption[] | undefined;
  statuses: FilterOption[];
  districts: FilterOption[];
  departments: FilterOption[];
}

interface Props {
  applied: ReportFilters;
  options: FilterOptions;
  /** What the API refused in the applied filters (a 400's invalidParams), next to their fields. */
  serverErrors: FilterErrors;
  serverMessages: string[];
  onApply: (filters: ReportFilters) => void;
}

const LABELS: Record<FilterField, string> = {
  cycle: 'Kaderbrief',
  theme: 'Thema',
  status: 'Status',
  district: 'Wijk',
  department: 'Afdeling',
  fromYear: 'Vanaf jaar',
  toYear: 'Tot en met jaar',
};

/**
 * The selection of the report. Nothing is sent while typing: "Overzicht tonen" puts the filters in the
 * URL, from which the overview and the downloads are made.
 */
export function ReportFilterForm({ applied, options, serverErrors, serverMessages, onApply }: Props) {
  const id = useId();
  const [filters, setFilters] = useState<ReportFilters>(applied);
  const [errors, setErrors] = useState<FilterErrors>(serverErrors);
  const summary = useRef<HTMLDivElement>(null);
  // Counts refused submits: after each, the summary (rendered by then) takes the focus.
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals > 0) summary.current?.focus();
  }, [refusals]);

  // Back/forward or a shared link changes the applied filters under the form.
  useEffect(() => setFilters(applied), [applied]);
  useEffect(() => setErrors(serverErrors), [serverErrors]);

  const shownErrors = Object.entries(errors).filter(([, message]) => Boolean(message)) as [FilterField, string][];
  const fieldId = (field: FilterField) => `${id}-${field}`;
  const errorId = (field: FilterField) => `${id}-${field}-error`;

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateFilters(filters);
    setErrors(found);
    if (hasErrors(found)) {
      setRefusals((count) => count + 1);
      return;
    }
    onApply(filters);
  }

  function reset() {
    setFilters(NO_FILTERS);
    setErrors({});
    onApply(NO_FILTERS);
  }

  function yearField(field: 'cycle' | 'fromYear' | 'toYear', hint: string) {
    const error = errors[field];
    return (
      <FormField invalid={Boolean(error)} className="groenagenda-report-filters__year">
        <FormLabel htmlFor={fieldId(field)}>{LABELS[field]}</FormLabel>
        <FormFieldDescription id={`${fieldId(field)}-hint`}>{hint}</FormFieldDescription>
        {error && <FormFieldErrorMessage id={errorId(field)}>{error}</FormFieldErrorMessage>}
        <Textbox
          id={fieldId(field)}
          name={field}
          inputMode="numeric"
          autoComplete="off"
          size={6}
          value={filters[field]}
          invalid={Boolean(error)}
          aria-describedby={[`${fieldId(field)}-hint`, error ? errorId(field) : ''].filter(Boolean).join(' ')}
          onChange={(event) => setFilters({ ...filters, [field]: event.target.value })}
        />
      </FormField>
    );
  }

  function choices(field: 'theme' | 'status' | 'district' | 'department', key: keyof ReportFilters, list: FilterOption[]) {
    const error = errors[field];
    const selected = filters[key] as string[];
    // A shared link may name a value that is not (or no longer) offered: show it, so it can be unticked.
    const shown = [...list, ...selected.filter((value) => !list.some((option) => option.value === value)).map((value) => ({ value, label: value }))];
    const toggle = (value: string, on: boolean) =>
      setFilters({ ...filters, [key]: on ? [...selected, value] : selected.filter((other) => other !== value) });
    return (
      <Fieldset
        id={fieldId(field)}
        invalid={Boolean(error)}
        aria-describedby={error ? errorId(field) : undefined}
        className="groenagenda-report-filters__choices"
      >
        <FieldsetLegend>{LABELS[field]}</FieldsetLegend>
        {error && <FormFieldErrorMessage id={errorId(field)}>{error}</FormFieldErrorMessage>}
        {shown.length === 0 && <Paragraph>Geen keuzes beschikbaar.</Paragraph>}
        <div className="groenagenda-report-filters__options">
          {shown.map((option) => {
            const optionId = `${fieldId(field)}-${option.value}`;
            return (
              <FormField type="checkbox" key={option.value}>
                <Checkbox
                  id={optionId}
                  name={field}
                  value={option.value}
                  checked={selected.includes(option.value)}
                  onChange={(event) => toggle(option.value, event.target.checked)}
                />
                <FormLabel htmlFor={optionId} type="checkbox">{option.label}</FormLabel>
              </FormField>
            );
          })}
        </div>
      </Fieldset>
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`} className="groenagenda-report-filters">
      <h2 id={`${id}-title`} className="utrecht-heading-2">Selectie</h2>
      {(shownErrors.length > 0 || serverMessages.length > 0) && (
        <div ref={summary} tabIndex={-1}>
          <Alert type="error" role="alert">
            <Paragraph>De selectie kan zo niet worden gemaakt:</Paragraph>
            <ul>
              {shownErrors.map(([field, message]) => (
                <li key={field}>
                  <a href={`#${fieldId(field)}`}>{LABELS[field]}: {message}</a>
                </li>
              ))}
              {serverMessages.map((message) => <li key={message}>{message}</li>)}
            </ul>
          </Alert>
        </div>
      )}
      <div className="groenagenda-report-filters__years">
        {yearField('cycle', 'Jaar van de Kaderbrief, bijvoorbeeld 2026.')}
        {yearField('fromYear', 'Eerste jaarkolom.')}
        {yearField('toYear', 'Laatste jaarkolom.')}
      </div>
      {options.themes
        ? choices('theme', 'themes', options.themes)
        : <Paragraph className="groenagenda-report-filters__note">Filteren op thema is voor uw rol niet beschikbaar.</Paragraph>}
      {choices('status', 'statuses', options.statuses)}
      {choices('district', 'districts', options.districts)}
      {choices('department', 'departments', options.departments)}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button">Overzicht tonen</Button>
        <Button type="button" appearance="secondary-action-button" onClick={reset}>Alle filters wissen</Button>
      </ButtonGroup>
    </form>
  );
}
