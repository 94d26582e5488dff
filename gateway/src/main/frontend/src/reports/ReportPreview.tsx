import {
  Alert,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableFooter,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { CouncilReport } from '../api/reports';
import { formatCount, formatDateTime, formatMoney } from '../format/nl';

const NO_THEME = 'Zonder thema';

/** Items per theme name, for the count column (themeTotals carry only amounts). */
export function itemsPerTheme(report: CouncilReport): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of report.rows) {
    const theme = row.theme ?? NO_THEME;
    counts.set(theme, (counts.get(theme) ?? 0) + 1);
  }
  return counts;
}

/** What the files will hold, shown first: the report's totals per theme and per year. */
export function ReportPreview({ report }: { report: CouncilReport }) {
  const examples = report.rows.filter((row) => row.example).length;
  const filters = Object.entries(report.filters);
  return (
    <>
      <Paragraph>
        <strong>{report.title}</strong>. {report.source}. Gemaakt op {formatDateTime(report.generatedAt)}.
      </Paragraph>
      {filters.length > 0 && <Paragraph>Toegepaste filters:</Paragraph>}
      {filters.length > 0 && (
        <dl className="groenagenda-report-preview__filters">
          {filters.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      {report.containsExamples && (
        <Alert type="info">
          <Paragraph>
            Let op: {examples === 1 ? 'één agendapunt is een voorbeeld' : `${formatCount(examples)} agendapunten zijn voorbeelden`}{' '}
            (de uitvoeringsagenda zoals voorgesteld), geen vastgestelde plannen. De bestanden vermelden dit ook.
          </Paragraph>
        </Alert>
      )}
      {report.rows.length === 0 ? (
        <Paragraph>Geen agendapunten voldoen aan deze selectie. Pas de filters aan om een overzicht te krijgen.</Paragraph>
      ) : (
        <TotalsTable report={report} />
      )}
    </>
  );
}

function TotalsTable({ report }: { report: CouncilReport }) {
  const counts = itemsPerTheme(report);
  const caption = 'Totalen per thema en per jaar';
  return (
    // Focusable so that a keyboard user can scroll a wide table (many years) sideways.
    <div className="groenagenda-table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <Table>
        <caption className="utrecht-table__caption">{caption}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Thema</TableHeaderCell>
            <TableHeaderCell scope="col" className="groenagenda-number">Agendapunten</TableHeaderCell>
            {report.years.map((year) => (
              <TableHeaderCell scope="col" className="groenagenda-number" key={year}>{year}</TableHeaderCell>
            ))}
            <TableHeaderCell scope="col" className="groenagenda-number">Totaal</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {report.themeTotals.map((theme) => {
            const name = theme.theme ?? NO_THEME;
            return (
              <TableRow key={name}>
                <TableHeaderCell scope="row">{name}</TableHeaderCell>
                <TableCell className="groenagenda-number">{formatCount(counts.get(name) ?? 0)}</TableCell>
                {report.years.map((year) => (
                  <TableCell className="groenagenda-number" key={year}>{formatMoney(theme.amounts[year])}</TableCell>
                ))}
                <TableCell className="groenagenda-number">{formatMoney(theme.total)}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
        <TableFooter>
          <TableRow>
            <TableHeaderCell scope="row">Totaal</TableHeaderCell>
            <TableCell className="groenagenda-number">{formatCount(report.rows.length)}</TableCell>
            {report.years.map((year) => (
              <TableCell className="groenagenda-number" key={year}>{formatMoney(report.yearTotals[year])}</TableCell>
            ))}
            <TableCell className="groenagenda-number">{formatMoney(report.grandTotal)}</TableCell>
          </TableRow>
        </TableFooter>
      </Table>
    </div>
  );
}
