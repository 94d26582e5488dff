import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import { fetchAgendaItem, fetchSubmissions, type AgendaItem, type Submission } from '../api/agenda';
import { ErrorAlert, Loading } from '../common/Feedback';
import { statusLabel } from '../common/labels';
import { PageHeading } from '../common/PageHeading';
import { useApi } from '../common/useApi';
import { formatDateTime } from '../format/nl';
import { ROLE } from '../session/roles';
import { useSession } from '../session/SessionContext';
import { AgendaItemDetails } from '../tasks/AgendaItemDetails';
import { isEditable, reportsProgress } from './agendaLabels';
import { ProgressForm } from './ProgressForm';
import { SubmitPanel } from './SubmitPanel';

/** What a screen that sent the user here has to say (e.g. after saving the item). */
export interface ItemPageState {
  saved?: string;
}

export function AgendaItemPage() {
  const { id = '' } = useParams();
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState<string>();
  const item = useApi((signal) => fetchAgendaItem(id, signal), [id, version]);

  if (item.state === 'loading') {
    return (
      <>
        <PageHeading>Agendapunt</PageHeading>
        <Loading what="Het agendapunt" />
      </>
    );
  }
  if (item.state === 'failed') {
    return (
      <>
        <PageHeading>Agendapunt niet beschikbaar</PageHeading>
        <ErrorAlert error={item.error} what="Het agendapunt" />
        <BackToList />
      </>
    );
  }
  const changed = (message: string) => {
    setNotice(message);
    setVersion((current) => current + 1);
  };
  return <LoadedItem item={item.data} reloads={version} notice={notice} onChanged={changed} />;
}

interface LoadedItemProps {
  item: AgendaItem;
  /** How often the page read the item again after a change: what depends on it reads again too. */
  reloads: number;
  notice: string | undefined;
  onChanged: (message: string) => void;
}

function LoadedItem({ item, reloads, notice, onChanged }: LoadedItemProps) {
  const user = useSession();
  const location = useLocation();
  const saved = notice ?? (location.state as ItemPageState | null)?.saved;
  const ownDepartment = user.afdeling === item.department;
  const mayDraft = ownDepartment && user.roles.includes(ROLE.medewerker);
  const mayReport = ownDepartment && (user.roles.includes(ROLE.medewerker) || user.roles.includes(ROLE.afdelingsmanager));

  return (
    <>
      <PageHeading>{item.title}</PageHeading>
      <BackToList />
      {saved && (
        <Alert type="ok" role="status">
          <Paragraph>{saved}</Paragraph>
        </Alert>
      )}
      <Paragraph>
        Status: <strong>{statusLabel(item.status)}</strong>
        {item.example && ' (voorbeeld uit de agenda zoals voorgesteld)'}
        {item.updatedAt && <>, laatst gewijzigd {formatDateTime(item.updatedAt)}</>}.
      </Paragraph>
      {mayDraft && isEditable(item.status) && (
        <Paragraph>
          <Link className="utrecht-link" to={`/uitvoeringsagenda/${item.id}/bewerken`}>Agendapunt bewerken</Link>
        </Paragraph>
      )}
      {mayDraft && isEditable(item.status) && <SubmitPanel item={item} onSubmitted={onChanged} />}
      {mayReport && reportsProgress(item.status) && <ProgressForm key={reloads} item={item} onReported={onChanged} />}
      <AgendaItemDetails item={item} heading="Gegevens van het agendapunt" />
      <Submissions itemId={item.id} reloads={reloads} />
    </>
  );
}

function BackToList() {
  return (
    <Paragraph>
      <Link className="utrecht-link" to="/uitvoeringsagenda">Terug naar de uitvoeringsagenda</Link>
    </Paragraph>
  );
}

function Submissions({ itemId, reloads }: { itemId: string; reloads: number }) {
  const submissions = useApi((signal) => fetchSubmissions(itemId, signal), [itemId, reloads]);
  return (
    <section aria-labelledby="indieningen">
      <Heading2 id="indieningen">Indieningen</Heading2>
      {submissions.state === 'loading' && <Loading what="De indieningen" plural />}
      {submissions.state === 'failed' && <ErrorAlert error={submissions.error} what="De indieningen" />}
      {submissions.state === 'loaded' && submissions.data.length === 0 && <Paragraph>Nog niet ingediend.</Paragraph>}
      {submissions.state === 'loaded' && submissions.data.length > 0 && (
        <ol className="utrecht-ordered-list">
          {submissions.data.map((submission) => (
            <li className="utrecht-ordered-list__item" key={submission.id}>{submissionSentence(submission)}</li>
          ))}
        </ol>
      )}
    </section>
  );
}

function submissionSentence(submission: Submission): string {
  const who = `Ingediend ${formatDateTime(submission.submittedAt)} door ${submission.submittedBy}`;
  if (submission.deliveredAt) {
    return `${who}; het goedkeuringsproces loopt sinds ${formatDateTime(submission.deliveredAt)}.`;
  }
  const retry = submission.nextAttemptAt ? ` Volgende poging ${formatDateTime(submission.nextAttemptAt)}.` : '';
  return `${who}; het goedkeuringsproces wordt nog gestart (${submission.attempts} pogingen).${retry}`;
}
