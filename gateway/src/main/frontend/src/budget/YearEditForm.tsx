import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { changeYear, type BudgetLine, type YearStatus } from '../api/budget';
import type { ApiError } from '../api/http';
import { problemMessage } from '../common/messages';
import { UnsavedChangesGuard } from '../common/UnsavedChangesGuard';
import { useStoredDraft } from '../common/useStoredDraft';
import { formatMoney } from '../format/nl';
import { FormButtons } from '../common/FormButtons';
import { ErrorSummary, type SummaryItem } from '../common/ErrorSummary';
import { RadioGroupField, TextAreaField, TextField } from './FormParts';
import { amountInput, amountProblem, hasErrors, parseAmount, saveFailure, type FieldErrors } from './input';
import { YEAR_STATUS_LABELS } from './labels';

interface Draft {
  expensesStructural: string;
  expensesOneOff: string;
  status: YearStatus | '';
  kaderbriefYear: string;
  staffHoursPerWeek: string;
  reason: string;
}

const FIELDS = ['expensesStructural', 'expensesOneOff', 'status', 'kaderbriefYear', 'staffHoursPerWeek', 'reason'] as const;
const LABELS: Record<(typeof FIELDS)[number], string> = {
  expensesStructural: 'Structurele lasten',
  expensesOneOff: 'Incidentele lasten',
  status: 'Status',
  kaderbriefYear: 'Kaderbrief',
  staffHoursPerWeek: 'Uren per week',
  reason: 'Reden',
};
const MAX_REASON = 2000;

function initialDraft(line: BudgetLine, year: number): Draft {
  const known = line.years.find((found) => found.year === year);
  return {
    expensesStructural: amountInput(known?.expenses.structural ?? null),
    expensesOneOff: amountInput(known?.expenses.oneOff ?? null),
    status: known?.status ?? '',
    kaderbriefYear: known?.kaderbriefYear ? String(known.kaderbriefYear) : '',
    staffHoursPerWeek: known?.staffHoursPerWeek === null || known?.staffHoursPerWeek === undefined ? '' : String(known.staffHoursPerWeek).replace('.', ','),
    reason: '',
  };
}

function validateYear(draft: Draft): FieldErrors {
  const errors: FieldErrors = {
    expensesStructural: amountProblem(draft.expensesStructural),
    expensesOneOff: amountProblem(draft.expensesOneOff),
    status: draft.status ? undefined : 'Kies een status.',
    reason: draft.reason.trim() === '' ? 'Geef de reden van de wijziging: die komt in de geschiedenis.'
      : draft.reason.trim().length > MAX_REASON ? `De reden mag hoogstens ${MAX_REASON} tekens lang zijn.` : undefined,
  };
  if (draft.status === 'TO_BE_WEIGHED') {
    const year = Number(draft.kaderbriefYear);
    if (!Number.isInteger(year) || year < 2000 || year > 2100 || draft.kaderbriefYear.trim() === '') {
      errors.kaderbriefYear = 'Vul het jaar in van de Kaderbrief waarin het bedrag wordt afgewogen, bijvoorbeeld 2025.';
    }
  }
  if (draft.staffHoursPerWeek.trim() !== '') {
    const hours = Number(draft.staffHoursPerWeek.replace(',', '.'));
    if (!Number.isFinite(hours) || hours < 0 || hours > 168 || Math.round(hours * 10) !== hours * 10) {
      errors.staffHoursPerWeek = 'Vul een aantal uren per week in van 0 tot en met 168, met hoogstens één decimaal.';
    }
  }
  return errors;
}

interface Props {
  line: BudgetLine;
  year: number;
  onCancel: () => void;
  onSaved: (message: string, line: BudgetLine) => void;
}

export function YearEditForm({ line, year, onCancel, onSaved }: Props) {
  const id = useId();
  const initial = initialDraft(line, year);
  const [draft, setDraft, clearDraft, restored] = useStoredDraft<Draft>(`budget-line:${line.code}:${year}`, initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const isNew = !line.years.some((found) => found.year === year);
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);

  useEffect(() => heading.current?.focus(), []);

  const fieldId = (field: string) => `${id}-${field}`;
  function update(field: keyof Draft, value: string) {
    setDraft({ ...draft, [field]: value });
    setErrors((current) => ({ ...current, [field]: undefined }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setGeneral([]);
    const found = validateYear(draft);
    setErrors(found);
    if (hasErrors(found)) {
      queueMicrotask(() => summary.current?.focus());
      return;
    }
    setBusy(true);
    try {
      const changed = await changeYear(line.code, year, {
        expensesStructural: parseAmount(draft.expensesStructural) as number,
        expensesOneOff: parseAmount(draft.expensesOneOff) as number,
        status: draft.status as YearStatus,
        ...(draft.status === 'TO_BE_WEIGHED' ? { kaderbriefYear: Number(draft.kaderbriefYear) } : {}),
        ...(draft.staffHoursPerWeek.trim() ? { staffHoursPerWeek: Number(draft.staffHoursPerWeek.replace(',', '.')) } : {}),
        reason: draft.reason.trim(),
      });
      clearDraft();
      onSaved(`De bedragen voor ${year} van ${line.name} zijn vastgelegd.`, changed);
    } catch (error) {
      const shown = saveFailure(error, FIELDS, saveMessage);
      if (!shown) return;
      setErrors(shown.fields);
      setGeneral(shown.other);
      queueMicrotask(() => summary.current?.focus());
    } finally {
      setBusy(false);
    }
  }

  const items: SummaryItem[] = [
    ...general.map((message) => ({ message })),
    ...FIELDS.filter((field) => errors[field]).map((field) => ({
      field: field === 'status' ? fieldId('status-PROPOSED') : fieldId(field),
      message: `${LABELS[field]}: ${errors[field]}`,
    })),
  ];

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`} className="groenagenda-budget-form">
      <UnsavedChangesGuard
        when={dirty && !busy}
        message={`U heeft de bedragen voor ${year} nog niet vastgelegd. Wilt u deze pagina verlaten? Wat u invulde gaat dan verloren.`}
      />
      <Heading2 id={`${id}-title`} ref={heading} tabIndex={-1} className="groenagenda-focus-target">
        {isNew ? `Bedragen voor ${year} vastleggen` : `Bedragen voor ${year} wijzigen`}
      </Heading2>
      {restored && dirty && (
        <Paragraph>U ziet de wijziging die u eerder begon; ze is nog niet vastgelegd.</Paragraph>
      )}
      <ErrorSummary ref={summary} items={items} />
      <TextField
        id={fieldId('expensesStructural')}
        label="Structurele lasten (verplicht)"
        hint="In euro's, bijvoorbeeld 125.000."
        inputMode="decimal"
        autoComplete="off"
        value={draft.expensesStructural}
        error={errors.expensesStructural}
        onChange={(event) => update('expensesStructural', event.target.value)}
      />
      <TextField
        id={fieldId('expensesOneOff')}
        label="Incidentele lasten (verplicht)"
        hint="In euro's; 0 als er niets incidenteels is."
        inputMode="decimal"
        autoComplete="off"
        value={draft.expensesOneOff}
        error={errors.expensesOneOff}
        onChange={(event) => update('expensesOneOff', event.target.value)}
      />
      <RadioGroupField
        legend="Status (verplicht)"
        name={fieldId('status')}
        options={YEAR_STATUS_LABELS}
        value={draft.status}
        error={errors.status}
        onChange={(status) => update('status', status)}
      />
      {draft.status === 'TO_BE_WEIGHED' && (
        <TextField
          id={fieldId('kaderbriefYear')}
          label="Af te wegen in de Kaderbrief van (verplicht)"
          hint="Het jaar van de Kaderbrief, bijvoorbeeld 2025."
          inputMode="numeric"
          value={draft.kaderbriefYear}
          error={errors.kaderbriefYear}
          onChange={(event) => update('kaderbriefYear', event.target.value)}
        />
      )}
      <TextField
        id={fieldId('staffHoursPerWeek')}
        label="Uren per week (niet verplicht)"
        hint="De inzet van medewerkers, bijvoorbeeld 8 of 4,5."
        inputMode="decimal"
        value={draft.staffHoursPerWeek}
        error={errors.staffHoursPerWeek}
        onChange={(event) => update('staffHoursPerWeek', event.target.value)}
      />
      <TextAreaField
        id={fieldId('reason')}
        label="Reden van de wijziging (verplicht)"
        hint={`Bijvoorbeeld het raadsbesluit of de begrotingswijziging. Hoogstens ${MAX_REASON} tekens.`}
        value={draft.reason}
        error={errors.reason}
        onChange={(event) => update('reason', event.target.value)}
      />
      <FormButtons
        label="Bedragen vastleggen"
        busyLabel="Bezig met vastleggen…"
        busy={busy}
        onCancel={() => {
          clearDraft();
          onCancel();
        }}
      />
    </form>
  );
}

function saveMessage(error: ApiError): string {
  const problem = error.problem as (ApiError['problem'] & { shortfall?: number; reserved?: number; realised?: number }) | undefined;
  if (error.status === 409 && problem?.shortfall !== undefined) {
    return `Het nieuwe budget is lager dan wat al is vastgelegd: gereserveerd ${formatMoney(problem.reserved)} en gerealiseerd ${formatMoney(problem.realised)}. Er komt ${formatMoney(problem.shortfall)} tekort. Verhoog het bedrag of laat eerst reserveringen vrijgeven.`;
  }
  if (error.status === 409 || error.status === 412) {
    return 'Deze regel is intussen door een ander gewijzigd. Laad de pagina opnieuw en kijk of uw wijziging nog nodig is.';
  }
  if (error.status === 403) {
    return 'U mag de bedragen van begrotingsregels niet wijzigen: dat is voorbehouden aan financieel adviseurs.';
  }
  return problemMessage(error, 'De wijziging');
}
