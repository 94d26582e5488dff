import { useId, useRef, useState, type FormEvent } from 'react';
import { Button, FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Textbox } from '@utrecht/component-library-react';
import { PLAN_NAME } from '../api/assets';
import { ErrorSummary } from '../common/ErrorSummary';
import { rememberedPlans } from './savedPlans';

type Side = 'a' | 'b';
const LABELS: Record<Side, string> = { a: 'Eerste plan (A)', b: 'Tweede plan (B)' };

interface Props {
  initialA: string;
  initialB: string;
  busy: boolean;
  onCompare: (a: string, b: string) => void;
}

/** The names of two saved plans; those saved in this browser are offered as suggestions. */
export function ComparisonForm({ initialA, initialB, busy, onCompare }: Props) {
  const id = useId();
  const [names, setNames] = useState<Record<Side, string>>({ a: initialA, b: initialB });
  const [errors, setErrors] = useState<Partial<Record<Side, string>>>({});
  const summary = useRef<HTMLDivElement>(null);
  // Read once: localStorage is not worth parsing again on every keystroke.
  const [known] = useState(rememberedPlans);

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
              {known.length > 0 ? 'De naam waaronder het plan is bewaard; in deze browser bewaarde plannen worden voorgesteld.' : 'De naam waaronder het plan is bewaard.'}
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
              onChange={(event) => {
                setNames({ ...names, [side]: event.target.value });
                setErrors({ ...errors, [side]: undefined });
              }}
            />
          </FormField>
        ))}
      </div>
      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
        {busy ? 'Bezig met vergelijken…' : 'Vergelijken'}
      </Button>
    </form>
  );
}
