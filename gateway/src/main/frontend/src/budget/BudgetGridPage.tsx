import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  Button,
  ButtonGroup,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { fetchOverview, type BudgetOverview, type Figures } from '../api/budget';
import { ErrorAlert, Loading } from '../common/Feedback';
import { PageHeading } from '../common/PageHeading';
import { useApi } from '../common/useApi';
import { formatMoney } from '../format/nl';
import { OverviewDownloads } from './OverviewDownloads';
import { fiscalYears, rangeFromParams, type YearRange } from './yearRange';

const FIGURES: { key: keyof Omit<Figures, 'year'>; label: string }[] = [
  { key: 'budget', label: 'Begroot' },
  { key: 'reserved', label: 'Gereserveerd' },
  { key: 'realised', label: 'Gerealiseerd' },
  { key: 'available', label: 'Beschikbaar' },
  { key: 'pendingClaims', label: 'Openstaande claims' },
];

export function BudgetGridPage() {
  const [params, setParams] = useSearchParams();
  const range = rangeFromParams(params);
  const overview = useApi((signal) => fetchOverview(range.from, range.to, signal), [range.from, range.to]);

  return (
    <>
      <PageHeading>Begroting</PageHeading>
      <Paragraph>
        Per begrotingsregel en jaar wat begroot, gereserveerd en gerealiseerd is, wat beschikbaar blijft en
        hoeveel er nog in claims voor de Kaderbrief openstaat.
      </Paragraph>
      <YearRangePicker key={`${range.from}-${range.to}`} range={range} onChange={(next) => setParams({ van: String(next.from), tot: String(next.to) })} />
      <OverviewDownloads range={range} />
      {overview.state === 'loading' && <Loading what="Het meerjarenoverzicht" />}
      {overview.state === 'failed' && <ErrorAlert error={overview.error} what="Het meerjarenoverzicht" />}
      {overview.state === 'loaded' && <OverviewGrid overview={overview.data} />}
    </>
  );
}

function YearRangePicker({ range, onChange }: { range: YearRange; onChange: (range: YearRange) => void }) {
  const [from, setFrom] = useState(range.from);
  const [to, setTo] = useState(range.to);
  const [error, setError] = useState<string>();
  const years = fiscalYears();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (to < from) {
      setError('Het laatste jaar mag niet voor het eerste jaar liggen.');
      return;
    }
    setError(undefined);
    onChange({ from, to });
  }

  return (
    <form onSubmit={submit} className="groenagenda-budget-range" aria-label="Jaren kiezen">
      <FormField>
        <FormLabel htmlFor="grid-from">Van jaar</FormLabel>
        <Select id="grid-from" value={String(from)} onChange={(event) => setFrom(Number(event.target.value))}>
          {years.map((year) => <SelectOption key={year} value={String(year)}>{year}</SelectOption>)}
        </Select>
      </FormField>
      <FormField invalid={Boolean(error)}>
        <FormLabel htmlFor="grid-to">Tot en met jaar</FormLabel>
        <Select
          id="grid-to"
          value={String(to)}
          invalid={Boolean(error)}
          aria-describedby={error ? 'grid-to-error' : undefined}
          onChange={(event) => setTo(Number(event.target.value))}
        >
          {years.map((year) => <SelectOption key={year} value={String(year)}>{year}</SelectOption>)}
        </Select>
        {error && <FormFieldErrorMessage id="grid-to-error">{error}</FormFieldErrorMessage>}
      </FormField>
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button">Jaren tonen</Button>
      </ButtonGroup>
    </form>
  );
}

function OverviewGrid({ overview }: { overview: BudgetOverview }) {
  const years: number[] = [];
  for (let year = overview.fromYear; year <= overview.toYear; year++) years.push(year);
  const caption = `Meerjarenoverzicht ${overview.fromYear}${overview.toYear > overview.fromYear ? `-${overview.toYear}` : ''}, bedragen in euro's`;

  if (overview.lines.length === 0) {
    return <Paragraph>Er zijn nog geen begrotingsregels.</Paragraph>;
  }
  return (
    <section aria-labelledby="grid-title">
      <Heading2 id="grid-title">Begrotingsregels per jaar</Heading2>
      <div className="groenagenda-table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table className="utrecht-table groenagenda-budget-grid">
          <caption className="utrecht-table__caption">{caption}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">Begrotingsregel</th>
              <th scope="col" className="utrecht-table__header-cell">Bedrag</th>
              {years.map((year) => (
                <th key={year} scope="col" className="utrecht-table__header-cell groenagenda-number">{year}</th>
              ))}
              <th scope="col" className="utrecht-table__header-cell groenagenda-number">Totaal</th>
            </tr>
          </thead>
          {overview.lines.map((line) => (
            <tbody key={line.code} className="utrecht-table__body groenagenda-budget-grid__line">
              {FIGURES.map((figure, index) => (
                <tr key={figure.key} className="utrecht-table__row">
                  {index === 0 && (
                    <th scope="rowgroup" rowSpan={FIGURES.length} className="utrecht-table__header-cell groenagenda-budget-grid__name">
                      <Link className="utrecht-link" to={`/begroting/regels/${encodeURIComponent(line.code)}`}>
                        {line.name}
                      </Link>{' '}
                      <span className="groenagenda-code">({line.code})</span>
                    </th>
                  )}
                  <th scope="row" className="utrecht-table__header-cell groenagenda-budget-grid__figure">{figure.label}</th>
                  {years.map((year) => (
                    <Amount key={year} value={line.years.find((found) => found.year === year)?.[figure.key]} negativeIsProblem={figure.key === 'available'} />
                  ))}
                  <Amount value={line.total[figure.key]} negativeIsProblem={figure.key === 'available'} total />
                </tr>
              ))}
            </tbody>
          ))}
          <tfoot className="utrecht-table__footer groenagenda-budget-grid__totals">
            {FIGURES.map((figure, index) => (
              <tr key={figure.key} className="utrecht-table__row">
                {index === 0 && (
                  <th scope="rowgroup" rowSpan={FIGURES.length} className="utrecht-table__header-cell">Totaal alle regels</th>
                )}
                <th scope="row" className="utrecht-table__header-cell">{figure.label}</th>
                {years.map((year) => (
                  <Amount key={year} value={overview.totals?.find((found) => found.year === year)?.[figure.key]} negativeIsProblem={figure.key === 'available'} total />
                ))}
                <Amount value={overview.total[figure.key]} negativeIsProblem={figure.key === 'available'} total />
              </tr>
            ))}
          </tfoot>
        </table>
      </div>
      <Paragraph className="groenagenda-budget-note">
        Een negatief beschikbaar bedrag staat vet met een minteken: er is meer vastgelegd dan begroot.
      </Paragraph>
    </section>
  );
}

function Amount({ value, negativeIsProblem, total = false }: { value: number | undefined; negativeIsProblem: boolean; total?: boolean }) {
  const classes = ['utrecht-table__cell', 'groenagenda-number'];
  if (negativeIsProblem && value !== undefined && value < 0) classes.push('groenagenda-negative');
  if (total) classes.push('groenagenda-budget-grid__total');
  return <td className={classes.join(' ')}>{formatMoney(value ?? 0)}</td>;
}
