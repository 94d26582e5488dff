import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  RadioButton,
  Textarea,
} from '@utrecht/component-library-react';
import { ApiError } from '../api/http';
import { completeTask, type Decision, type OpenTask } from '../api/workflow';
import { problemMessage } from '../common/messages';
import { UnsavedChangesGuard } from '../common/UnsavedChangesGuard';
import {
  decisionLabel,
  errorsFromProblem,
  MAX_MOTIVATION,
  needsMotivation,
  validateDecision,
  type DecisionErrors,
} from './decisions';

interface Props {
  task: OpenTask;
  onCompleted: (decision: Decision) => void;
}

export function DecisionForm({ task, onCompleted }: Props) {
  const id = useId();
  const [decision, setDecision] = useState<Decision | ''>('');
  const [motivation, setMotivation] = useState('');
  const [errors, setErrors] = useState<DecisionErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const firstRadio = useRef<HTMLInputElement>(null);
  const motivationField = useRef<HTMLTextAreaElement>(null);
  const generalAlert = useRef<HTMLDivElement>(null);

  // Leave only after the render without unsaved changes, or the guard would block our own navigation.
  const completed = useRef(onCompleted);
  completed.current = onCompleted;
  useEffect(() => {
    if (done && decision) completed.current(decision);
  }, [done, decision]);

  const dirty = !done && (decision !== '' || motivation.trim() !== '');
  const motivationRequired = needsMotivation(task, decision);
  const decisionError = `${id}-decision-error`;
  const motivationError = `${id}-motivation-error`;
  const motivationHint = `${id}-motivation-hint`;

  function focusFirstInvalid(found: DecisionErrors) {
    if (found.decision) firstRadio.current?.focus();
    else if (found.motivation) motivationField.current?.focus();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setGeneral([]);
    const found = validateDecision(task, decision, motivation);
    setErrors(found);
    if (found.decision || found.motivation || decision === '') {
      focusFirstInvalid(found);
      return;
    }
    setBusy(true);
    try {
      await completeTask(task.id, { decision, motivation: motivation.trim() });
      setDone(true);
    } catch (error) {
      const failure = error instanceof ApiError ? error : new ApiError(0);
      if (failure.status === 400 && failure.problem?.invalidParams?.length) {
        const mapped = errorsFromProblem(failure.problem.invalidParams);
        setErrors(mapped.fields);
        setGeneral(mapped.other);
        focusFirstInvalid(mapped.fields);
      } else if (failure.status !== 401) {
        setGeneral([completionMessage(failure)]);
        // An alert that appears far from the button would go unnoticed by keyboard users.
        queueMicrotask(() => generalAlert.current?.focus());
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`} className="groenagenda-decision">
      <UnsavedChangesGuard when={dirty} />
      <h2 id={`${id}-title`} className="utrecht-heading-2">Beslissing</h2>
      {general.length > 0 && (
        <div ref={generalAlert} tabIndex={-1}>
          <Alert type="error" role="alert">
            {general.map((message) => (
              <Paragraph key={message}>{message}</Paragraph>
            ))}
          </Alert>
        </div>
      )}
      <Fieldset
        invalid={Boolean(errors.decision)}
        aria-describedby={errors.decision ? decisionError : undefined}
      >
        <FieldsetLegend>Uw beslissing (verplicht)</FieldsetLegend>
        {errors.decision && (
          <FormFieldErrorMessage id={decisionError}>{errors.decision}</FormFieldErrorMessage>
        )}
        {task.decisions.map((option, index) => (
          // FormField lays out label and input in its grid only when they come as props.
          <FormField
            type="radio"
            key={option}
            invalid={Boolean(errors.decision)}
            input={
              <RadioButton
                id={`${id}-${option}`}
                name="decision"
                value={option}
                checked={decision === option}
                invalid={Boolean(errors.decision)}
                ref={index === 0 ? firstRadio : undefined}
                onChange={() => {
                  setDecision(option);
                  setErrors((current) => ({ ...current, decision: undefined }));
                }}
              />
            }
            label={
              <FormLabel htmlFor={`${id}-${option}`} type="radio">
                {decisionLabel(option)}
              </FormLabel>
            }
          />
        ))}
      </Fieldset>
      <FormField
        invalid={Boolean(errors.motivation)}
        label={
          <FormLabel htmlFor={`${id}-motivation`}>
            Toelichting{motivationRequired ? ' (verplicht)' : ' (niet verplicht)'}
          </FormLabel>
        }
        description={
          <FormFieldDescription id={motivationHint}>
            Verplicht bij terugsturen en afwijzen, en bij financieel advies. Hoogstens {MAX_MOTIVATION} tekens.
          </FormFieldDescription>
        }
        errorMessage={errors.motivation && (
          <FormFieldErrorMessage id={motivationError}>{errors.motivation}</FormFieldErrorMessage>
        )}
        input={
          <Textarea
            id={`${id}-motivation`}
            name="motivation"
            ref={motivationField}
            value={motivation}
            rows={5}
            required={motivationRequired}
            invalid={Boolean(errors.motivation)}
            aria-describedby={errors.motivation ? `${motivationError} ${motivationHint}` : motivationHint}
            onChange={(event) => {
              setMotivation(event.target.value);
              setErrors((current) => ({ ...current, motivation: undefined }));
            }}
          />
        }
      />
      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
        {busy ? 'Bezig met vastleggen…' : 'Beslissing vastleggen'}
      </Button>
    </form>
  );
}

function completionMessage(error: ApiError): string {
  switch (error.status) {
    case 403:
      return error.problem?.detail ?? 'U mag deze taak niet afhandelen: ze is niet aan u of uw groep aangeboden.';
    case 404:
      return 'Deze taak bestaat niet meer; misschien heeft een collega haar al afgerond. Ga terug naar Mijn taken.';
    case 409:
      return error.problem?.detail
        ? `${error.problem.detail} Laad de taak opnieuw voordat u beslist.`
        : 'Het agendapunt is intussen veranderd. Laad de taak opnieuw voordat u beslist.';
    default:
      return problemMessage(error, 'De beslissing');
  }
}
