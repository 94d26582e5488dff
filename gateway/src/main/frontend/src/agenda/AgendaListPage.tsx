import { Link, useSearchParams } from 'react-router';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { fetchAgendaItems, type AgendaListItem, type Theme } from '../api/agenda';
import type { Page } from '../api/http';
import { ErrorAlert, Loading } from '../common/Feedback';
import { PageHeading } from '../common/PageHeading';
import { useApi, type ApiState } from '../common/useApi';
import { formatCount } from '../format/nl';
import { ROLE } from '../session/roles';
import { useSession } from '../session/SessionContext';
import { AgendaFilters } from './AgendaFilters';
import { AgendaMap } from './AgendaMap';
import { AgendaPagination } from './AgendaPagination';
import { AgendaTable } from './AgendaTable';
import { filterQuery, hasFilters, listQuery, MAP_HIDDEN, MAP_PARAMETER, pageOf } from './listQuery';
import { useAgendaReference } from './useAgendaReference';

export function AgendaListPage() {
  const user = useSession();
  const [params, setParams] = useSearchParams();
  const reference = useAgendaReference();
  const query = listQuery(params);
  const items = useApi((signal) => fetchAgendaItems(query, signal), [query.toString()]);

  return (
    <>
      <PageHeading>Uitvoeringsagenda</PageHeading>
      <Paragraph>
        De maatregelen uit de Groenvisie en de Visie Klimaatadaptatie.
        {user.roles.includes(ROLE.medewerker) && (
          <> <Link className="utrecht-link" to="/uitvoeringsagenda/nieuw">Nieuw agendapunt opstellen</Link></>
        )}
      </Paragraph>
      {reference.state === 'failed' && <ErrorAlert error={reference.error} what="De keuzelijsten van de filters" />}
      <AgendaFilters
        key={params.toString()}
        params={params}
        themes={reference.state === 'loaded' ? reference.data.themes : []}
        districts={reference.state === 'loaded' ? reference.data.districts : []}
        onApply={setParams}
      />
      <Results
        items={items}
        params={params}
        themes={reference.state === 'loaded' ? reference.data.themes : []}
        onToggleMap={(hidden) => {
          const next = new URLSearchParams(params);
          if (hidden) next.set(MAP_PARAMETER, MAP_HIDDEN);
          else next.delete(MAP_PARAMETER);
          setParams(next, { replace: true });
        }}
      />
    </>
  );
}

interface ResultsProps {
  items: ApiState<Page<AgendaListItem>>;
  params: URLSearchParams;
  themes: Theme[];
  onToggleMap: (hidden: boolean) => void;
}

function Results({ items, params, themes, onToggleMap }: ResultsProps) {
  const mapHidden = params.get(MAP_PARAMETER) === MAP_HIDDEN;
  return (
    <section aria-labelledby="agenda-resultaten">
      <Heading2 id="agenda-resultaten">Agendapunten</Heading2>
      {/* Announced when a search or filter changes the results. */}
      <div aria-live="polite" role="status" className="groenagenda-agenda-count">
        {items.state === 'loaded' && <Paragraph>{countSentence(items.data.totalItems, hasFilters(params))}</Paragraph>}
      </div>
      {items.state === 'loading' && <Loading what="De agendapunten" plural />}
      {items.state === 'failed' && <ErrorAlert error={items.error} what="De agendapunten" />}
      {items.state === 'loaded' && items.data.items.length > 0 && (
        <>
          <AgendaTable
            items={items.data.items}
            themes={themes}
            caption={`Agendapunten, pagina ${items.data.page} van ${items.data.totalPages}`}
          />
          <AgendaPagination params={params} page={pageOf(params)} totalPages={items.data.totalPages} />
        </>
      )}
      {items.state === 'loaded' && items.data.totalItems > 0 && (
        <section aria-labelledby="agenda-kaart" className="groenagenda-agenda-map">
          <Heading2 id="agenda-kaart">Kaart</Heading2>
          <Button
            appearance="secondary-action-button"
            aria-expanded={!mapHidden}
            aria-controls="agenda-kaart-inhoud"
            onClick={() => onToggleMap(!mapHidden)}
          >
            {mapHidden ? 'Kaart tonen' : 'Kaart verbergen'}
          </Button>
          <div id="agenda-kaart-inhoud">
            {!mapHidden && <AgendaMap query={filterQuery(params)} totalItems={items.data.totalItems} />}
          </div>
        </section>
      )}
    </section>
  );
}

function countSentence(total: number, filtered: boolean): string {
  if (total === 0) {
    return filtered ? 'Geen agendapunten gevonden met deze zoekopdracht en filters.' : 'Er zijn nog geen agendapunten.';
  }
  const noun = total === 1 ? 'agendapunt' : 'agendapunten';
  return `${formatCount(total)} ${noun} ${filtered ? 'gevonden' : 'in totaal'}.`;
}
