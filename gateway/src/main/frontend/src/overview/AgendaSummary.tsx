import {
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { fetchAgendaReport, type AgendaReport } from '../api/agenda';
import { ErrorAlert, Loading } from '../common/Feedback';
import { useApi } from '../common/useApi';
import { formatCount, formatMoney } from '../format/nl';

const LIGHTS = ['Groen', 'Oranje', 'Rood'];

/** Rows per status (in the order they first appear) and per traffic light within it. */
export function countByStatus(report: AgendaReport): { status: string; count: number; lights: Record<string, number> }[] {
  const byStatus = new Map<string, { count: number; lights: Record<string, number> }>();
  for (const row of report.rows) {
    const entry = byStatus.get(row.status) ?? { count: 0, lights: {} };
    entry.count += 1;
    entry.lights[row.trafficLight] = (entry.lights[row.trafficLight] ?? 0) + 1;
    byStatus.set(row.status, entry);
  }
  return [...byStatus.entries()].map(([status, entry]) => ({ status, ...entry }));
}

export function AgendaSummary() {
  const report = useApi((signal) => fetchAgendaReport(signal), []);
  return (
    <section aria-labelledby="overzicht-agenda" className="groenagenda-card">
      <Heading2 id="overzicht-agenda">Uitvoeringsagenda</Heading2>
      {report.state === 'loading' && <Loading what="De uitvoeringsagenda" />}
      {report.state === 'failed' && <ErrorAlert error={report.error} what="De uitvoeringsagenda" />}
      {report.state === 'loaded' && <AgendaFigures report={report.data} />}
    </section>
  );
}

function AgendaFigures({ report }: { report: AgendaReport }) {
  if (report.rows.length === 0) {
    return <Paragraph>Er staan nog geen agendapunten op de uitvoeringsagenda die u mag inzien.</Paragraph>;
  }
  const counts = countByStatus(report);
  return (
    <>
      <Paragraph>
        <span className="groenagenda-figure">{formatCount(report.rows.length)}</span> agendapunten,
        samen <span className="groenagenda-figure">{formatMoney(report.grandTotal)}</span>
        {report.years.length > 0 && <> in {report.years[0]} tot en met {report.years[report.years.length - 1]}</>}.
        {report.containsExamples && ' De agenda bevat voorbeeldgegevens (de agenda zoals voorgesteld).'}
      </Paragraph>
      <div className="groenagenda-table-scroll">
        <Table>
          <caption className="utrecht-table__caption">Agendapunten per status en stoplicht</caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Status</TableHeaderCell>
              <TableHeaderCell scope="col" className="groenagenda-number">Aantal</TableHeaderCell>
              {LIGHTS.map((light) => (
                <TableHeaderCell scope="col" className="groenagenda-number" key={light}>{light}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {counts.map((entry) => (
              <TableRow key={entry.status}>
                <TableHeaderCell scope="row">{entry.status}</TableHeaderCell>
                <TableCell className="groenagenda-number">{formatCount(entry.count)}</TableCell>
                {LIGHTS.map((light) => (
                  <TableCell className="groenagenda-number" key={light}>{formatCount(entry.lights[light] ?? 0)}</TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {report.years.length > 0 && (
        <div className="groenagenda-table-scroll">
          <Table>
            <caption className="utrecht-table__caption">Kosten van de agenda per jaar (kerncijfers van het voorstel)</caption>
            <TableHeader>
              <TableRow>
                {report.years.map((year) => (
                  <TableHeaderCell scope="col" className="groenagenda-number" key={year}>{year}</TableHeaderCell>
                ))}
                <TableHeaderCell scope="col" className="groenagenda-number">Totaal</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              <TableRow>
                {report.years.map((year) => (
                  <TableCell className="groenagenda-number" key={year}>{formatMoney(report.yearTotals[year])}</TableCell>
                ))}
                <TableCell className="groenagenda-number">{formatMoney(report.grandTotal)}</TableCell>
              </TableRow>
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}
