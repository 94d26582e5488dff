import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
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
import type { AgendaItem, Cost, HistoryEntry } from '../api/agenda';
import { actionLabel, costKindLabel, coverageLabel, statusLabel } from '../common/labels';
import { formatDateTime, formatMoney } from '../format/nl';
import { departmentLabel } from '../session/roles';

export function AgendaItemDetails({ item }: { item: AgendaItem }) {
  return (
    <section aria-labelledby="agendapunt-titel" className="groenagenda-item">
      <Heading2 id="agendapunt-titel">Agendapunt: {item.title}</Heading2>
      {item.description && <Paragraph>{item.description}</Paragraph>}
      <DataList>
        <Fact label="Afdeling" value={departmentLabel(item.department)} />
        <Fact label="Status" value={statusLabel(item.status)} />
        <Fact label="Dekking" value={coverageLabel(item.coverage, item.kaderbriefYear)} />
        {item.budgetLineCode && <Fact label="Begrotingspost" value={item.budgetLineCode} />}
        {item.districts.length > 0 && <Fact label="Wijken" value={item.districts.join(', ')} />}
      </DataList>
      <Costs costs={item.costs} />
      <History entries={item.history ?? []} />
    </section>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue value={value}>{value}</DataListValue>
    </DataListItem>
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
