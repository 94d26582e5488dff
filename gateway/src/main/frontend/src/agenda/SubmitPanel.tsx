import { useId, useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading2,
  Paragraph,
  Textarea,
} from '@utrecht/component-library-react';
import { submitAgendaItem, type AgendaItem } from '../api/agenda';
import { ApiError } from '../api/http';
import { writeFailure } from './problems';

/** Sends a draft (or a returned or deferred item) to the department manager for approval. */
export function SubmitPanel({ item, onSubmitted }: { item: AgendaItem; onSubmitted: (message: string) => void }) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFailure(undefined);
    try {
      await submitAgendaItem(item.id, reason.trim() || undefined);
      onSubmitted('Het agendapunt is ingediend. De afdelingsmanager krijgt een taak om het te beoordelen.');
    } catch (error) {
      const problem = error instanceof ApiError ? error : new ApiError(0);
      if (problem.status !== 401) setFailure(submitMessage(problem));
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} aria-labelledby={`${id}-title`} className="groenagenda-agenda-action" noValidate>
      <Heading2 id={`${id}-title`}>Indienen ter goedkeuring</Heading2>
      <Paragraph>
        {item.status === 'DRAFT'
          ? 'Is het concept af? Dien het in; daarna kunt u het niet meer wijzigen, tenzij het wordt teruggestuurd.'
          : 'Pas het agendapunt zo nodig aan en dien het opnieuw in.'}
      </Paragraph>
      {failure && (
        <Alert type="error" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      )}
      <FormField
        label={<FormLabel htmlFor={`${id}-reason`}>Toelichting bij het indienen (niet verplicht)</FormLabel>}
        description={<FormFieldDescription id={`${id}-hint`}>Hoogstens 2000 tekens; komt in de geschiedenis.</FormFieldDescription>}
        input={(
          <Textarea
            id={`${id}-reason`}
            value={reason}
            maxLength={2000}
            rows={3}
            aria-describedby={`${id}-hint`}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
      />
      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
        {busy ? 'Bezig met indienen…' : 'Agendapunt indienen'}
      </Button>
    </form>
  );
}

function submitMessage(error: ApiError): string {
  if (error.status === 409) {
    return `${error.problem?.detail ?? 'Het agendapunt kan in deze status niet worden ingediend.'} Laad de pagina opnieuw.`;
  }
  if (error.status === 403) {
    return error.problem?.detail ?? 'U mag dit agendapunt niet indienen: alleen medewerkers van de eigen afdeling.';
  }
  return writeFailure(error, 'Het indienen');
}
