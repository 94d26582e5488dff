import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { changeCostNorm, type CostNorm, type CostNormChange, type CostNormChangeResult } from '../api/assets';
import { ApiError } from '../api/http';
import { problemMessage } from '../common/messages';
import { UnsavedChangesGuard } from '../common/UnsavedChangesGuard';
import { useStoredDraft } from '../common/useStoredDraft';
import { formatMoney } from '../format/nl';
import { decimalsOf, parseAmount, unitLabel } from './figures';
import { errorsFromProblem } from './planForm';
import { FormButtons } from '../common/FormButtons';
import { ErrorSummary } from '../common/ErrorSummary';

interface Values {
  unitCost: string;
  lifespanYears: string;
  reason: string;
}
type Field = keyof Values;
const FIELDS: Field[] = ['unitCost', 'lifespanYears', 'reason'];
const MAX_REASON = 1000;
const NOT_SAVED = 'U heeft de wijziging van de kostennorm nog niet vastgelegd. Wilt u deze pagina verlaten? Wat u invulde gaat dan verloren.';

/** A norm change as asset-service checks it (CostNormChange), every problem at once. */
export function validateNormChange(values: Values): { errors: Partial<Record<Field, string>>; change?: CostNormChange } {
  const errors: Partial<Record<Field, string>> = {};
  const unitCost = parseAmount(values.unitCost);
  if (unitCost === undefined) errors.unitCost = 'Vul de kosten per eenheid in als bedrag in euro\'s.';
  else if (unitCost <= 0) errors.unitCost = 'De kosten per eenheid moeten groter dan 0 zijn.';
  else if (decimalsOf(unitCost) > 2) errors.unitCost = 'Ten hoogste twee decimalen (centen).';
  const lifespanText = values.lifespanYears.trim();
  const lifespan = lifespanText === '' ? undefined : Number(lifespanText);
  if (lifespan !== undefined && (!/^\d+$/.test(lifespanText) || lifespan < 1 || lifespan > 500)) {
    errors.lifespanYears = 'Vul een levensduur in van 1 tot en met 500 jaar.';
  }
  const reason = values.reason.trim();
  if (reason === '') errors.reason = 'Geef de reden van de wijziging.';
  else if (reason.length > MAX_REASON) errors.reason = `De reden is ten hoogste ${MAX_REASON} tekens.`;
  if (Object.keys(errors).length > 0 || unitCost === undefined) return { errors };
  return { errors, change: { unitCost, reason, ...(lifespan !== undefined ? { lifespanYears: lifespan } : {}) } };
}

interface Props {
  norm: CostNorm;
  onCancel: () => void;
  onChanged: (result: CostNormChangeResult) => void;
}

export function CostNormForm({ norm, onCancel, onChanged }: Props) {
  const id = useId();
  const initial: Values = { unitCost: String(norm.unitCost), lifespanYears: String(norm.lifespanYears), reason: '' };
  const [values, setValues, clearDraft] = useStoredDraft<Values>(`cost-norm:${norm.id}`, initial);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // The form opens above the table, away from the link that opened it: take the user there.
  useEffect(() => heading.current?.focus(), []);
  const fieldId = (field: Field) => `${id}-${field}`;
  const dirty = !done && FIELDS.some((field) => values[field].trim() !== initial[field]);

  function refuse(fields: Partial<Record<Field, string>>, other: string[]) {
    setErrors(fields);
    setGeneral(other);
    queueMicrotask(() => summary.current?.focus());
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { errors: found, change } = validateNormChange(values);
    if (!change) {
      refuse(found, []);
      return;
    }
    setBusy(true);
    try {
      const result = await changeCostNorm(norm.id, change);
      clearDraft();
      setDone(true);
      onChanged(result);
    } catch (error) {
      const failure = error instanceof ApiError ? error : new ApiError(0);
      if (failure.status === 401) return;
      const { fields, other } = errorsFromProblem(failure.problem?.invalidParams ?? [], FIELDS);
      if (Object.keys(fields).length === 0 && other.length === 0) {
        other.push(failure.status === 403 ? 'Alleen de functioneel beheerder mag een kostennorm wijzigen.' : problemMessage(failure, 'De kostennorm'));
      }
      refuse(fields, other);
    } finally {
      setBusy(false);
    }
  }

  // Every field has a hint; an error, when there is one, is read first.
  const describedBy = (field: Field) => [errors[field] ? `${fieldId(field)}-error` : '', `${fieldId(field)}-hint`].filter(Boolean).join(' ');
  const input = (field: Field) => ({
    id: fieldId(field),
    name: field,
    value: values[field],
    invalid: Boolean(errors[field]),
    onChange: (event: { target: { value: string } }) => {
      setValues({ ...values, [field]: event.target.value });
      setErrors((current) => ({ ...current, [field]: undefined }));
    },
  });

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`} className="groenagenda-plan-form">
      <UnsavedChangesGuard when={dirty} message={NOT_SAVED} />
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1} className="utrecht-heading-2 groenagenda-focus-target">Norm wijzigen: {norm.subtypeName}</h2>
      <ErrorSummary
        ref={summary}
        items={[
          ...general.map((message) => ({ message })),
          ...FIELDS.filter((field) => errors[field]).map((field) => ({ field: fieldId(field), message: errors[field]! })),
        ]}
      />
      <div className="groenagenda-plan-form__fields">
        <FormField invalid={Boolean(errors.unitCost)}>
          <FormLabel htmlFor={fieldId('unitCost')}>Kosten per {unitLabel(norm.unit)} in euro's</FormLabel>
          <FormFieldDescription id={`${fieldId('unitCost')}-hint`}>Nu {formatMoney(norm.unitCost)}.</FormFieldDescription>
          {errors.unitCost && <FormFieldErrorMessage id={`${fieldId('unitCost')}-error`}>{errors.unitCost}</FormFieldErrorMessage>}
          <Textbox {...input('unitCost')} inputMode="decimal" autoComplete="off" aria-describedby={describedBy('unitCost')} />
        </FormField>
        <FormField invalid={Boolean(errors.lifespanYears)}>
          <FormLabel htmlFor={fieldId('lifespanYears')}>Levensduur in jaren</FormLabel>
          <FormFieldDescription id={`${fieldId('lifespanYears')}-hint`}>Nu {norm.lifespanYears} jaar.</FormFieldDescription>
          {errors.lifespanYears && <FormFieldErrorMessage id={`${fieldId('lifespanYears')}-error`}>{errors.lifespanYears}</FormFieldErrorMessage>}
          <Textbox {...input('lifespanYears')} inputMode="numeric" autoComplete="off" aria-describedby={describedBy('lifespanYears')} />
        </FormField>
      </div>
      <FormField invalid={Boolean(errors.reason)}>
        <FormLabel htmlFor={fieldId('reason')}>Reden van de wijziging (verplicht)</FormLabel>
        <FormFieldDescription id={`${fieldId('reason')}-hint`}>Bijvoorbeeld een nieuwe prijsindex of aanbesteding. Ten hoogste {MAX_REASON} tekens.</FormFieldDescription>
        {errors.reason && <FormFieldErrorMessage id={`${fieldId('reason')}-error`}>{errors.reason}</FormFieldErrorMessage>}
        <Textarea {...input('reason')} rows={3} required aria-describedby={describedBy('reason')} />
      </FormField>
      <FormButtons
        label="Norm wijzigen en herwaarderen"
        busyLabel="Bezig met wijzigen en herwaarderen…"
        busy={busy}
        onCancel={() => { clearDraft(); setDone(true); onCancel(); }}
      />
    </form>
  );
}
