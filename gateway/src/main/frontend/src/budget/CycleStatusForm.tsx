import { useState, type FormEvent } from 'react';
import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { changeCycleStatus, CYCLE_STATUSES, type Cycle } from '../api/budget';
import { ApiError } from '../api/http';
import { problemMessage } from '../common/messages';
import { TextAreaField } from './FormParts';
import { CYCLE_STATUS_LABELS } from './labels';

/** The one step forward the API allows (OPEN, to the college, to the council, decided), with a reason. */
export function CycleStatusForm({ cycle, onChanged }: { cycle: Cycle; onChanged: (message: string) => void }) {
  const next = CYCLE_STATUSES[CYCLE_STATUSES.indexOf(cycle.status) + 1];
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  if (!next) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    if (reason.trim().length > 2000) {
      setError('De toelichting mag hoogstens 2000 tekens lang zijn.');
      return;
    }
    setBusy(true);
    try {
      await changeCycleStatus(cycle.year, next, reason.trim() || undefined);
      setReason('');
      onChanged(`Kaderbrief ${cycle.year} staat nu op "${CYCLE_STATUS_LABELS[next]}".`);
    } catch (failure) {
      const apiError = failure instanceof ApiError ? failure : new ApiError(0);
      if (apiError.status === 401) return;
      setError(apiError.status === 409
        ? `${apiError.problem?.detail ?? 'De status is intussen veranderd.'} Laad de pagina opnieuw.`
        : problemMessage(apiError, 'De statuswijziging'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="cycle-status-title" className="groenagenda-budget-form groenagenda-budget-status">
      <Heading2 id="cycle-status-title">Status wijzigen</Heading2>
      <Paragraph>
        Een Kaderbrief gaat stap voor stap van open voor claims naar het college, de raad en besloten. De volgende
        stap is &quot;{CYCLE_STATUS_LABELS[next]}&quot;.
      </Paragraph>
      {error && <Alert type="error" role="alert"><Paragraph>{error}</Paragraph></Alert>}
      <TextAreaField
        id="cycle-status-reason"
        label="Toelichting bij de statuswijziging (niet verplicht)"
        rows={2}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
        {busy ? 'Bezig…' : `Naar status "${CYCLE_STATUS_LABELS[next]}"`}
      </Button>
    </form>
  );
}
