import { Link } from 'react-router';
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { AgendaListItem, Theme } from '../api/agenda';
import { statusLabel } from '../common/labels';
import { formatDate, formatMoney } from '../format/nl';
import { departmentLabel } from '../session/roles';
import { TRAFFIC_LIGHT_LABELS, labelOf } from './agendaLabels';

/** One page of the agenda; the title links to the item's page. */
export function AgendaTable({ items, themes, caption }: { items: AgendaListItem[]; themes: Theme[]; caption: string }) {
  const themeName = (code: string | null | undefined) => themes.find((theme) => theme.code === code)?.name ?? code ?? '-';
  return (
    <div className="groenagenda-table-scroll">
      <Table>
        <caption className="utrecht-table__caption">{caption}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Titel</TableHeaderCell>
            <TableHeaderCell scope="col">Status</TableHeaderCell>
            <TableHeaderCell scope="col">Stoplicht</TableHeaderCell>
            <TableHeaderCell scope="col">Thema</TableHeaderCell>
            <TableHeaderCell scope="col">Wijken</TableHeaderCell>
            <TableHeaderCell scope="col">Afdeling</TableHeaderCell>
            <TableHeaderCell scope="col" className="groenagenda-number">Kosten totaal</TableHeaderCell>
            <TableHeaderCell scope="col">Geplande start</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((item) => (
            <TableRow key={item.id}>
              <TableHeaderCell scope="row">
                <Link className="utrecht-link" to={`/uitvoeringsagenda/${item.id}`}>{item.title}</Link>
                {item.example && <span className="groenagenda-agenda-example"> (voorbeeld)</span>}
              </TableHeaderCell>
              <TableCell>{statusLabel(item.status)}</TableCell>
              <TableCell>
                <span className={`groenagenda-traffic-light groenagenda-traffic-light--${(item.trafficLight ?? 'GREEN').toLowerCase()}`}>
                  {labelOf(TRAFFIC_LIGHT_LABELS, item.trafficLight)}
                </span>
              </TableCell>
              <TableCell>{themeName(item.theme)}</TableCell>
              <TableCell>{item.districts.length > 0 ? item.districts.join(', ') : 'Hele gemeente'}</TableCell>
              <TableCell>{departmentLabel(item.department)}</TableCell>
              <TableCell className="groenagenda-number">{formatMoney(item.totalCost)}</TableCell>
              <TableCell>{formatDate(item.plannedStart)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
