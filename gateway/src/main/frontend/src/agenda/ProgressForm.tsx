import { useState, type FormEvent } from 'react';
import {
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  RadioButton,
  Textbox,
} from '@utrecht/component-library-react';
import { reportProgress, type AgendaItem, type ProgressReport, type TrafficLight } from '../api/agenda';
import { ApiError } from '../api/http';
import { statusLabel } from '../common/labels';
import { UnsavedChangesGuard } from '../common/UnsavedChangesGuard';
import { executionTarget, TRAFFIC_LIGHT_LABELS } from './agendaLabels';
import { ErrorSummary, fieldId, useFormErrors } from './ErrorSummary';
import { TextField } from './FormFields';
import { errorsFromProblem, writeFailure, type FieldErrors } from './problems';

interface Values {
  progress: string;
  trafficLight: TrafficLight;
  cause: string;
  correction: string;
  advance: boolean;
  reason: string;
}

const LABELS: Record<string, string> = {
  progress: 'Voortgang in procenten',
  trafficLight: 'Stoplicht',
  cause: 'Oorzaak',
  correction: 'Bijsturing',
  status: 'Status',
  reason: 'Reden van de melding',
};

const LIGHTS: TrafficLight[] = ['GREEN', 'ORANGE', 'RED'];

function validateProgress(values: Values): FieldErrors {
  const errors: FieldErrors = {};
  const percent = Number(values.progress);
  if (values.progress.trim() === '' || !Number.isInteger(percent) || percent < 0 || percent > 100) {
    errors.progress = 'Vul een heel getal van 0 tot en met 100 in.';
  }
  if (values.trafficLight !== 'GREEN') {
    const colour = TRAFFIC_LIGHT_LABELS[values.trafficLight].toLowerCase();
    if (!values.cause.trim()) errors.cause = `Geef de oorzaak: die is verplicht bij ${colour}.`;
    if (!values.correction.trim()) errors.correction = `Geef de bijsturing: die is verplicht bij ${colour}.`;
  }
  if (!values.reason.trim()) errors.reason = 'Geef een reden: die komt in de geschiedenis.';
  for (const field of ['cause', 'correction', 'reason'] as const) {
    if (values[field].length > 2000 && !errors[field]) errors[field] = 'Hoogstens 2000 tekens.';
  }
  return errors;
}

/** Execution progress: percentage, traffic light (orange and red with cause and correction), next status. */
export function ProgressForm({ item, onReported }: { item: AgendaItem; onReported: (message: string) => void }) {
  const target = executionTarget(item.status);
  const initial: Values = {
    progress: String(item.progress ?? 0),
    trafficLight: item.trafficLight ?? 'GREEN',
    cause: item.trafficLightCause ?? '',
    correction: item.trafficLightCorrection ?? '',
    advance: false,
    reason: '',
  };
  const [values, setValues] = useState<Values>(initial);
  const { errors, setErrors, other, summary, showErrors } = useFormErrors();
  const [busy, setBusy] = useState(false);
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);
  const needsExplanation = values.trafficLight !== 'GREEN';

  const set = <K extends keyof Values>(name: K, value: Values[K]) => {
    setValues((current) => ({ ...current, [name]: value }));
    setErrors((current) => ({ ...current, [name]: '' }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateProgress(values);
    if (Object.keys(found).length > 0) {
      showErrors(found, []);
      return;
    }
    const report: ProgressReport = {
      progress: Number(values.progress),
      trafficLight: values.trafficLight,
      reason: values.reason.trim(),
      ...(needsExplanation ? { cause: values.cause.trim(), correction: values.correction.trim() } : {}),
      ...(values.advance && target ? { status: target } : {}),
    };
    setBusy(true);
    try {
      await reportProgress(item.id, report);
      // The page reads the item again and gives this form a fresh start from it.
      onReported('De voortgang is gemeld.');
    } catch (error) {
      const failure = error instanceof ApiError ? error : new ApiError(0);
      if (failure.status === 400 && failure.problem?.invalidParams?.length) {
        const mapped = errorsFromProblem(failure.problem.invalidParams, (name) => (name in LABELS ? name : undefined));
        showErrors(mapped.fields, mapped.other);
      } else if (failure.status !== 401) {
        showErrors({}, [writeFailure(failure, 'Het melden van de voortgang')]);
      }
      setBusy(false);
    }
  }

  const shown = Object.fromEntries(Object.entries(errors).filter(([, message]) => message));
  const error = (name: string) => shown[name];
  const describedBy = (name: string, hint?: string) =>
    [error(name) ? `${fieldId(name)}-error` : '', hint ?? ''].filter(Boolean).join(' ') || undefined;

  return (
    <form onSubmit={submit} noValidate aria-labelledby="voortgang-titel" className="groenagenda-agenda-action">
      <UnsavedChangesGuard
        when={dirty && !busy}
        message="U heeft de voortgang nog niet gemeld. Wilt u deze pagina verlaten? Wat u invulde gaat dan verloren."
      />
      <Heading2 id="voortgang-titel">Voortgang melden</Heading2>
      <ErrorSummary ref={summary} errors={shown} labels={LABELS} other={other} />
      <FormField
        invalid={Boolean(error('progress'))}
        label={<FormLabel htmlFor={fieldId('progress')}>Voortgang in procenten (0 tot en met 100)</FormLabel>}
        errorMessage={error('progress') && <FormFieldErrorMessage id={`${fieldId('progress')}-error`}>{error('progress')}</FormFieldErrorMessage>}
        input={(
          <Textbox
            id={fieldId('progress')}
            inputMode="numeric"
            value={values.progress}
            invalid={Boolean(error('progress'))}
            aria-describedby={describedBy('progress')}
            onChange={(event) => set('progress', event.target.value)}
          />
        )}
      />
      <Fieldset invalid={Boolean(error('trafficLight'))} aria-describedby={describedBy('trafficLight')}>
        <FieldsetLegend>Stoplicht</FieldsetLegend>
        {error('trafficLight') && <FormFieldErrorMessage id={`${fieldId('trafficLight')}-error`}>{error('trafficLight')}</FormFieldErrorMessage>}
        {LIGHTS.map((light, index) => (
          <FormField
            type="radio"
            key={light}
            input={(
              <RadioButton
                id={index === 0 ? fieldId('trafficLight') : `${fieldId('trafficLight')}-${light}`}
                name="trafficLight"
                value={light}
                checked={values.trafficLight === light}
                onChange={() => set('trafficLight', light)}
              />
            )}
            label={(
              <FormLabel type="radio" htmlFor={index === 0 ? fieldId('trafficLight') : `${fieldId('trafficLight')}-${light}`}>
                {TRAFFIC_LIGHT_LABELS[light]}
              </FormLabel>
            )}
          />
        ))}
      </Fieldset>
      {needsExplanation && (
        <>
          <TextField field="cause" multiline rows={3} label="Oorzaak (verplicht bij oranje en rood)" value={values.cause} error={error('cause')} onChange={(value) => set('cause', value)} />
          <TextField field="correction" multiline rows={3} label="Bijsturing (verplicht bij oranje en rood)" value={values.correction} error={error('correction')} onChange={(value) => set('correction', value)} />
        </>
      )}
      {target && (
        <FormField
          type="checkbox"
          input={<Checkbox id={fieldId('status')} checked={values.advance} onChange={(event) => set('advance', event.target.checked)} />}
          label={<FormLabel type="checkbox" htmlFor={fieldId('status')}>Status wijzigen naar “{statusLabel(target)}”</FormLabel>}
        />
      )}
      <TextField field="reason" multiline rows={3} label="Reden van de melding (verplicht)" hint="Komt in de geschiedenis van het agendapunt." value={values.reason} error={error('reason')} onChange={(value) => set('reason', value)} />
      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
        {busy ? 'Bezig met melden…' : 'Voortgang melden'}
      </Button>
    </form>
  );
}
