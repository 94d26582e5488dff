import { useMemo } from 'react';
import type { FeatureCollection } from 'geojson';
import {
  DataList,
  Heading2,
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableFooter,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import {
  fetchThemes,
  type AgendaItem,
  type Cost,
  type HistoryEntry,
  type WorkWithWork,
} from '../api/agenda';
import {
  MEASURE_TYPE_LABELS,
  PROGRAMME_LABELS,
  TRAFFIC_LIGHT_LABELS,
  VISION_LABELS,
  labelOf,
  reportsProgress,
} from '../agenda/agendaLabels';
import { actionLabel, costKindLabel, coverageLabel, statusLabel } from '../common/labels';
import { useApi } from '../common/useApi';
import { formatDate, formatDateTime, formatMoney } from '../format/nl';
import { LazyGeoJsonMap } from '../maps/LazyGeoJsonMap';
import { LinkedAssets } from '../maps/LinkedAssets';
import { departmentLabel } from '../session/roles';
import { Fact } from '../common/Fact';

/**
 * Everything about an agenda item a reader needs to judge it: the manager in a task, staff on the
 * item's own page (which has its own h1 and passes another `heading`).
 */
export function AgendaItemDetails({ item, heading = `Agendapunt: ${item.title}` }: { item: AgendaItem; heading?: string }) {
  return (
    <section aria-labelledby="agendapunt-titel" className="groenagenda-item">
      <Heading2 id="agendapunt-titel">{heading}</Heading2>
      {item.description && <Paragraph>{item.description}</Paragraph>}
      <DataList>
        <Fact label="Afdeling" value={departmentLabel(item.department)} />
        <Fact label="Status" value={statusLabel(item.status)} />
        <Fact label="Dekking" value={coverageLabel(item.coverage, item.kaderbriefYear)} />
        {item.visions && item.visions.length > 0 && (
          <Fact label="Visies" value={item.visions.map((vision) => VISION_LABELS[vision] ?? vision).join(', ')} />
        )}
        {item.theme && <ThemeFact code={item.theme} />}
        {item.measureType && <Fact label="Soort maatregel" value={labelOf(MEASURE_TYPE_LABELS, item.measureType)} />}
        <Fact label="Wijken" value={item.districts.length > 0 ? item.districts.join(', ') : 'Hele gemeente'} />
        {item.owner && <Fact label="Eigenaar" value={item.owner} />}
        {(item.plannedStart || item.plannedEnd) && (
          <Fact label="Geplande periode" value={`${formatDate(item.plannedStart)} tot en met ${formatDate(item.plannedEnd)}`} />
        )}
        {item.budgetLineCode && <Fact label="Begrotingspost" value={item.budgetLineCode} />}
        {item.partners && item.partners.length > 0 && <Fact label="Partners" value={item.partners.join(', ')} />}
        {(reportsProgress(item.status) || item.status === 'DONE') && <ProgressFacts item={item} />}
      </DataList>
      <Costs costs={item.costs} />
      <WorkWithWorkLinks links={item.workWithWork ?? []} />
      {item.location && <Location item={item} />}
      <LinkedAssets ids={item.assetIds ?? []} />
      <History entries={item.history ?? []} />
    </section>
  );
}

/** The theme's name from the API; its code when the names cannot be read. */
function ThemeFact({ code }: { code: string }) {
  const themes = useApi((signal) => fetchThemes(signal), []);
  const name = themes.state === 'loaded' ? themes.data.find((theme) => theme.code === code)?.name : undefined;
  return <Fact label="Thema" value={name ?? code} />;
}

function ProgressFacts({ item }: { item: AgendaItem }) {
  return (
    <>
      <Fact label="Voortgang" value={`${item.progress ?? 0}%`} />
      <Fact label="Stoplicht" value={labelOf(TRAFFIC_LIGHT_LABELS, item.trafficLight)} />
      {item.trafficLightCause && <Fact label="Oorzaak" value={item.trafficLightCause} />}
      {item.trafficLightCorrection && <Fact label="Bijsturing" value={item.trafficLightCorrection} />}
    </>
  );
}

function WorkWithWorkLinks({ links }: { links: WorkWithWork[] }) {
  if (links.length === 0) return null;
  return (
    <>
      <Heading3>Werk met werk</Heading3>
      <ul className="utrecht-unordered-list">
        {links.map((link, index) => (
          <li className="utrecht-unordered-list__item" key={`${link.programme}-${index}`}>
            {labelOf(PROGRAMME_LABELS, link.programme)}
            {link.description && <>: {link.description}</>}
          </li>
        ))}
      </ul>
    </>
  );
}

function Location({ item }: { item: AgendaItem }) {
  const data = useMemo<FeatureCollection>(() => ({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', id: item.id, geometry: item.location!, properties: {} }],
  }), [item.id, item.location]);
  return (
    <>
      <Heading3>Locatie</Heading3>
      <Paragraph>De locatie van het agendapunt ({item.location!.type === 'Point' ? 'een punt' : 'een gebied of lijn'}) op de kaart.</Paragraph>
      <LazyGeoJsonMap name="Kaart met de locatie van het agendapunt" data={data} popup={() => ({ title: item.title })} />
    </>
  );
}

function Costs({ costs }: { costs: Cost[] }) {
  if (costs.length === 0) {
    return <Paragraph>Er zijn geen kosten geraamd.</Paragraph>;
  }
  const sorted = [...costs].sort((a, b) => a.year - b.year);
  const total = sorted.reduce((sum, cost) => sum + cost.amount, 0);
  return (
    <div className="groenagenda-table-scroll">
      <Table>
        <caption className="utrecht-table__caption">Kosten per jaar</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Jaar</TableHeaderCell>
            <TableHeaderCell scope="col" className="groenagenda-number">Bedrag</TableHeaderCell>
            <TableHeaderCell scope="col">Soort</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {sorted.map((cost) => (
            <TableRow key={`${cost.year}-${cost.kind}-${cost.recurring}`}>
              <TableHeaderCell scope="row">{cost.year}</TableHeaderCell>
              <TableCell className="groenagenda-number">{formatMoney(cost.amount)}</TableCell>
              <TableCell>{costKindLabel(cost)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
        <TableFooter>
          <TableRow>
            <TableHeaderCell scope="row">Totaal</TableHeaderCell>
            <TableCell className="groenagenda-number">{formatMoney(total)}</TableCell>
            <TableCell />
          </TableRow>
        </TableFooter>
      </Table>
    </div>
  );
}

function History({ entries }: { entries: HistoryEntry[] }) {
  return (
    <>
      <Heading3>Geschiedenis</Heading3>
      {entries.length === 0 ? (
        <Paragraph>Nog geen geschiedenis.</Paragraph>
      ) : (
        <ol className="utrecht-ordered-list groenagenda-history">
          {entries.map((entry, index) => (
            <li className="utrecht-ordered-list__item" key={`${entry.at}-${index}`}>
              <strong>{formatDateTime(entry.at)}</strong>, {entry.actor}: {actionLabel(entry.action)}
              {entry.toStatus && entry.toStatus !== entry.fromStatus && (
                entry.fromStatus
                  ? <> ({statusLabel(entry.fromStatus)} naar {statusLabel(entry.toStatus)})</>
                  : <> ({statusLabel(entry.toStatus)})</>
              )}
              {entry.reason && <> met als reden: “{entry.reason}”</>}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
