import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import {
  createAgendaItem,
  fetchAgendaItemForEdit,
  updateAgendaItem,
  type AgendaItem,
} from '../api/agenda';
import { ErrorAlert, Loading } from '../common/Feedback';
import { PageHeading } from '../common/PageHeading';
import { useApi } from '../common/useApi';
import { useStoredDraft } from '../common/useStoredDraft';
import { ROLE } from '../session/roles';
import { useSession } from '../session/SessionContext';
import { isEditable } from './agendaLabels';
import type { ItemPageState } from './AgendaItemPage';
import { emptyValues, valuesOf, type ItemFormValues } from './itemForm';
import { ItemForm } from './ItemForm';
import { useAgendaReference, type AgendaReference } from './useAgendaReference';

export function CreateItemPage() {
  const user = useSession();
  const reference = useAgendaReference();
  if (!user.roles.includes(ROLE.medewerker)) {
    return (
      <>
        <PageHeading>Nieuw agendapunt</PageHeading>
        <Alert type="warning">
          <Paragraph>Agendapunten worden opgesteld door medewerkers van een afdeling. Uw rollen geven daar geen toegang toe.</Paragraph>
        </Alert>
      </>
    );
  }
  return (
    <>
      <PageHeading>Nieuw agendapunt</PageHeading>
      {reference.state === 'loading' && <Loading what="Het formulier" />}
      {reference.state === 'failed' && <ErrorAlert error={reference.error} what="Het formulier" />}
      {reference.state === 'loaded' && <CreateForm reference={reference.data} />}
    </>
  );
}

function CreateForm({ reference }: { reference: AgendaReference }) {
  const user = useSession();
  const navigate = useNavigate();
  const [values, setValues, clear, restored] = useStoredDraft<ItemFormValues>('agenda-item:new', emptyValues(user.afdeling ?? ''));
  return (
    <ItemForm
      values={values}
      onChange={setValues}
      themes={reference.themes}
      districts={reference.districts}
      editing={false}
      restored={restored}
      save={(content, reason) => createAgendaItem(content, reason || undefined)}
      onSaved={(item) => {
        clear();
        const state: ItemPageState = { saved: 'Het agendapunt is opgeslagen als concept.' };
        navigate(`/uitvoeringsagenda/${item.id}`, { state });
      }}
      cancelTo="/uitvoeringsagenda"
      submitLabel="Concept opslaan"
    />
  );
}

export function EditItemPage() {
  const { id = '' } = useParams();
  const [attempt, setAttempt] = useState(0);
  const reference = useAgendaReference();
  const item = useApi((signal) => fetchAgendaItemForEdit(id, signal), [id, attempt]);

  if (reference.state === 'loading' || item.state === 'loading') {
    return (
      <>
        <PageHeading>Agendapunt bewerken</PageHeading>
        <Loading what="Het agendapunt" />
      </>
    );
  }
  if (item.state === 'failed') {
    return (
      <>
        <PageHeading>Agendapunt bewerken</PageHeading>
        <ErrorAlert error={item.error} what="Het agendapunt" />
      </>
    );
  }
  if (reference.state === 'failed') {
    return (
      <>
        <PageHeading>Agendapunt bewerken</PageHeading>
        <ErrorAlert error={reference.error} what="Het formulier" />
      </>
    );
  }
  const loaded = item.data.data;
  if (!isEditable(loaded.status)) {
    return (
      <>
        <PageHeading>Agendapunt bewerken</PageHeading>
        <Alert type="warning">
          <Paragraph>
            Dit agendapunt is niet meer te bewerken: alleen concepten en teruggestuurde of uitgestelde agendapunten kunnen worden gewijzigd.
          </Paragraph>
        </Alert>
      </>
    );
  }
  return (
    <>
      <PageHeading>{`Bewerken: ${loaded.title}`}</PageHeading>
      <EditForm key={attempt} item={loaded} etag={item.data.etag} reference={reference.data}
        onReloadLatest={() => setAttempt((current) => current + 1)} />
    </>
  );
}

interface Draft {
  values: ItemFormValues;
  /** The version the user started from: kept with the draft, so an edit after a login is still checked. */
  etag: string | undefined;
}

interface EditFormProps {
  item: AgendaItem;
  etag: string | undefined;
  reference: AgendaReference;
  onReloadLatest: () => void;
}

function EditForm({ item, etag, reference, onReloadLatest }: EditFormProps) {
  const navigate = useNavigate();
  const [draft, setDraft, clear, restored] = useStoredDraft<Draft>(`agenda-item:edit:${item.id}`, { values: valuesOf(item), etag });
  return (
    <ItemForm
      values={draft.values}
      onChange={(values) => setDraft({ ...draft, values })}
      themes={reference.themes}
      districts={reference.districts}
      editing
      restored={restored}
      save={(content, reason) => updateAgendaItem(item.id, content, reason, draft.etag)}
      onSaved={(saved) => {
        clear();
        const state: ItemPageState = { saved: 'De wijzigingen zijn opgeslagen.' };
        navigate(`/uitvoeringsagenda/${saved.id}`, { state });
      }}
      onReloadLatest={() => {
        clear();
        onReloadLatest();
      }}
      cancelTo={`/uitvoeringsagenda/${item.id}`}
      submitLabel="Wijzigingen opslaan"
    />
  );
}
