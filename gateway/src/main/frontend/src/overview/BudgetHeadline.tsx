import {
  Alert,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableFooter,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { fetchBudgetOverview, type BudgetOverview, type Figures } from '../api/budget';
import { ErrorAlert, Loading } from '../common/Feedback';
import { useApi } from '../common/useApi';
import { formatMoney } from '../format/nl';

export function BudgetHeadline({ year }: { year: number }) {
  const overview = useApi((signal) => fetchBudgetOverview(year, signal), [year]);
  return (
    <section aria-labelledby="overzicht-budget" className="groenagenda-card">
      <Heading2 id="overzicht-budget">Budget {year}</Heading2>
      {overview.state === 'loading' && <Loading what="Het budgetoverzicht" />}
      {overview.state === 'failed' && (
        overview.error.status === 403 ? (
          <Alert type="info" role="status">
            <Paragraph>Het budgetoverzicht is niet beschikbaar voor uw rol.</Paragraph>
          </Alert>
        ) : (
          <ErrorAlert error={overview.error} what="Het budgetoverzicht" />
        )
      )}
      {overview.state === 'loaded' && <BudgetTable overview={overview.data} year={year} />}
    </section>
  );
}

function BudgetTable({ overview, year }: { overview: BudgetOverview; year: number }) {
  if (overview.lines.length === 0) {
    return <Paragraph>Er zijn geen begrotingsposten voor {year}.</Paragraph>;
  }
  return (
    <div className="groenagenda-table-scroll">
      <Table>
        <caption className="utrecht-table__caption">Per begrotingspost in {year}, bedragen in euro's</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Begrotingspost</TableHeaderCell>
            <TableHeaderCell scope="col" className="groenagenda-number">Budget</TableHeaderCell>
            <TableHeaderCell scope="col" className="groenagenda-number">Gereserveerd</TableHeaderCell>
            <TableHeaderCell scope="col" className="groenagenda-number">Beschikbaar</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {overview.lines.map((line) => (
            <TableRow key={line.code}>
              <TableHeaderCell scope="row">{line.name} <span className="groenagenda-code">({line.code})</span></TableHeaderCell>
              <Amounts figures={line.total} />
            </TableRow>
          ))}
        </TableBody>
        <TableFooter>
          <TableRow>
            <TableHeaderCell scope="row">Totaal</TableHeaderCell>
            <Amounts figures={overview.total} />
          </TableRow>
        </TableFooter>
      </Table>
    </div>
  );
}

function Amounts({ figures }: { figures: Figures }) {
  return (
    <>
      <TableCell className="groenagenda-number">{formatMoney(figures.budget)}</TableCell>
      <TableCell className="groenagenda-number">{formatMoney(figures.reserved)}</TableCell>
      <TableCell className={figures.available < 0 ? 'groenagenda-number groenagenda-negative' : 'groenagenda-number'}>
        {formatMoney(figures.available)}
      </TableCell>
    </>
  );
}
