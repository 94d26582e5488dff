import { useId, useRef, useState, type FormEvent } from 'react';
import { Button, FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Textbox } from '@utrecht/component-library-react';
import { PLAN_NAME, type SavedPlanSummary } from '../api/assets';
import type { Page } from '../api/http';
import { ErrorSummary } from '../common/ErrorSummary';
import type { ApiState } from '../common/useApi';
import { SavedPlans } from './SavedPlans';

export type Side = 'a' | 'b';
const LABELS: Record<Side, string> = { a: 'Eerste plan (A)', b: 'Tweede plan (B)' };

interface Props {
  initialA: string;
  initialB: string;
  /** The first page of saved plans: picked from the table, suggested while typing. */
  saved: ApiState<Page<SavedPlanSummary>>;
  busy: boolean;
  /** A comparison is shown below the form: the table of saved plans is folded. */
  compared: boolean;
  onCompare: (a: string, b: string) => void;
}

/** The names of two saved plans, typed or picked from the table of saved plans below the form. */
export function ComparisonForm({ initialA, initialB, saved, busy, compared, onCompare }: Props) {
  const id = useId();
  const [names, setNames] = useState<Record<Side, string>>({ a: initialA, b: initialB });
  const [errors, setErrors] = useState<Partial<Record<Side, string>>>({});
  const summary = useRef<HTMLDivElement>(null);
  const known = saved.state === 'loaded' ? saved.data.items.map((plan) => plan.name) : [];

  function change(side: Side, name: string) {
    setNames((current) => ({ ...current, [side]: name }));
    setErrors((current) => ({ ...current, [side]: undefined }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Partial<Record<Side, string>> = {};
    for (const side of ['a', 'b'] as Side[]) {
      const name = names[side].trim();
      if (name === '') found[side] = `Vul de naam van het ${side === 'a' ? 'eerste' : 'tweede'} plan in.`;
      else if (!PLAN_NAME.test(name)) found[side] = 'Een plannaam bestaat uit letters, cijfers, - en _, zonder spaties.';
    }
    setErrors(found);
    if (found.a || found.b) {
      queueMicrotask(() => summary.current?.focus());
      return;
    }
    onCompare(names.a.trim(), names.b.trim());
  }

  const fieldId = (side: Side) => `${id}-${side}`;
  return (
    <>
      <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`} className="groenagenda-comparison-form">
        <h2 id={`${id}-title`} className="utrecht-heading-2">Welke plannen?</h2>
        <ErrorSummary
          ref={summary}
          items={(['a', 'b'] as Side[]).filter((side) => errors[side]).map((side) => ({ field: fieldId(side), message: errors[side]! }))}
        />
        {known.length > 0 && (
          <datalist id={`${id}-known`}>
            {known.map((name) => <option key={name} value={name} />)}
          </datalist>
        )}
        <div className="groenagenda-comparison-form__fields">
          {(['a', 'b'] as Side[]).map((side) => (
            <FormField key={side} invalid={Boolean(errors[side])}>
              <FormLabel htmlFor={fieldId(side)}>{LABELS[side]}</FormLabel>
              <FormFieldDescription id={`${fieldId(side)}-hint`}>
                {known.length > 0 ? 'De naam waaronder het plan is bewaard; u kunt het plan ook kiezen bij Bewaarde plannen hieronder.' : 'De naam waaronder het plan is bewaard.'}
              </FormFieldDescription>
              {errors[side] && <FormFieldErrorMessage id={`${fieldId(side)}-error`}>{errors[side]}</FormFieldErrorMessage>}
              <Textbox
                id={fieldId(side)}
                name={side}
                autoComplete="off"
                spellCheck={false}
                list={known.length > 0 ? `${id}-known` : undefined}
                value={names[side]}
                invalid={Boolean(errors[side])}
                aria-describedby={[errors[side] ? `${fieldId(side)}-error` : '', `${fieldId(side)}-hint`].filter(Boolean).join(' ')}
                onChange={(event) => change(side, event.target.value)}
              />
            </FormField>
          ))}
        </div>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {busy ? 'Bezig met vergelijken…' : 'Vergelijken'}
        </Button>
      </form>
      <SavedPlans saved={saved} chosen={names} onPick={change} folded={compared} />
    </>
  );
}
