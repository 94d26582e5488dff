import type { ComparisonSide, PlanComparison } from '../api/assets';
import { Chart } from '../charts/Chart';
import { formatDateTime, formatShare } from '../format/nl';
import { formatEuros, formatSharePoints, strategyLabel } from './figures';
import { NoFigure } from './NoFigure';
import { ScrollableTable } from './ScrollableTable';
import { SyntheticBadge, SyntheticNotice } from './SyntheticNotice';

/** Two saved plans side by side; every difference is B minus A, as the API computes it. */
export function ComparisonResult({ comparison }: { comparison: PlanComparison }) {
  const { a, b } = comparison;
  const synthetic = a.synthetic || b.synthetic;
  return (
    <section aria-labelledby="comparison-result" className="groenagenda-comparison">
      <h2 id="comparison-result" className="utrecht-heading-2">{`${a.name} (A) tegenover ${b.name} (B)`}</h2>
      {synthetic && <SyntheticNotice subject="Deze vergelijking" />}
      <p role="status" className="utrecht-paragraph groenagenda-figure">
        Aan het eind is met A {formatShare(a.replacedShare)} en met B {formatShare(b.replacedShare)} van het groenareaal
        vernieuwd; de achterstand is dan {formatEuros(a.finalBacklogValue)} tegenover {formatEuros(b.finalBacklogValue)}.
      </p>
      <SidesTable comparison={comparison} synthetic={synthetic} />
      <ComparisonCharts comparison={comparison} />
      <YearsTable comparison={comparison} synthetic={synthetic} />
    </section>
  );
}

function SidesTable({ comparison, synthetic }: { comparison: PlanComparison; synthetic: boolean }) {
  const { a, b, totalDifference } = comparison;
  const rows: [string, (side: ComparisonSide) => string, string][] = [
    ['Budget per jaar', (side) => formatEuros(side.parameters.annualBudget), signed(b.parameters.annualBudget - a.parameters.annualBudget)],
    ['Periode', (side) => `${side.parameters.startYear} tot en met ${side.parameters.startYear + side.parameters.years - 1}`, ''],
    ['Volgorde', (side) => strategyLabel(side.parameters.strategy), ''],
    ['Totaal vervangen', (side) => formatEuros(side.totalReplacedValue), signed(totalDifference.replacedValue)],
    ['Vernieuwd deel van het groenareaal', (side) => formatShare(side.replacedShare), formatSharePoints(totalDifference.replacedShare)],
    ['Achterstand aan het eind', (side) => formatEuros(side.finalBacklogValue), signed(totalDifference.backlogValue)],
    ['Bewaard', (side) => `door ${side.savedBy} op ${formatDateTime(side.savedAt)}`, ''],
  ];
  return (
    <ScrollableTable label="De plannen naast elkaar">
      <table className="utrecht-table">
        <caption className="utrecht-table__caption">
          De plannen naast elkaar{synthetic && <> (<SyntheticBadge />)</>}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <td className="utrecht-table__header-cell" />
            <th scope="col" className="utrecht-table__header-cell">A: {a.name}</th>
            <th scope="col" className="utrecht-table__header-cell">B: {b.name}</th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">Verschil (B min A)</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map(([label, value, difference]) => (
            <tr key={label} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">{label}</th>
              <td className="utrecht-table__cell">{value(a)}</td>
              <td className="utrecht-table__cell">{value(b)}</td>
              <td className="utrecht-table__cell groenagenda-number">{difference || <NoFigure reason={NOT_APPLICABLE} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollableTable>
  );
}

function ComparisonCharts({ comparison }: { comparison: PlanComparison }) {
  const { a, b, years } = comparison;
  const categories = years.map((year) => String(year.year));
  const period = `van ${categories[0]} tot en met ${categories[categories.length - 1]}`;
  return (
    <>
      <Chart
        title="Achterstand per jaar"
        description={`De waarde die over haar levensduur is en niet is vervangen, per jaar ${period}, voor plan A (${a.name}) en plan B (${b.name}).`}
        categories={categories}
        series={[
          { name: `A: ${a.name}`, kind: 'line', values: years.map((year) => year.a?.backlogValue ?? null) },
          { name: `B: ${b.name}`, kind: 'line', values: years.map((year) => year.b?.backlogValue ?? null) },
        ]}
        formatValue={formatEuros}
      />
      <Chart
        title="Vernieuwd deel van het groenareaal"
        description={`Het deel van de vervangingswaarde dat aan het eind van elk jaar ${period} is vernieuwd, opgeteld, voor plan A (${a.name}) en plan B (${b.name}).`}
        categories={categories}
        series={[
          { name: `A: ${a.name}`, kind: 'bar', values: years.map((year) => year.a?.replacedShare ?? null) },
          { name: `B: ${b.name}`, kind: 'bar', values: years.map((year) => year.b?.replacedShare ?? null) },
        ]}
        formatValue={formatShare}
      />
    </>
  );
}

function YearsTable({ comparison, synthetic }: { comparison: PlanComparison; synthetic: boolean }) {
  const { a, b, years } = comparison;
  const header = (text: string) => (
    <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">{text}</th>
  );
  const cell = (text: string | undefined) => (
    <td className="utrecht-table__cell groenagenda-number">{text ?? <NoFigure reason={NOT_APPLICABLE} />}</td>
  );
  return (
    <ScrollableTable label="Per jaar: plan A en plan B">
      <table className="utrecht-table">
        <caption className="utrecht-table__caption">
          Per jaar: plan A ({a.name}) en plan B ({b.name}){synthetic && <> (<SyntheticBadge />)</>}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">Jaar</th>
            {header('Vervangen A')}
            {header('Vervangen B')}
            {header('Achterstand A')}
            {header('Achterstand B')}
            {header('Verschil achterstand')}
            {header('Vernieuwd A')}
            {header('Vernieuwd B')}
            {header('Verschil vernieuwd')}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {years.map((year) => (
            <tr key={year.year} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">{year.year}</th>
              {cell(year.a && formatEuros(year.a.replacedValue))}
              {cell(year.b && formatEuros(year.b.replacedValue))}
              {cell(year.a && formatEuros(year.a.backlogValue))}
              {cell(year.b && formatEuros(year.b.backlogValue))}
              {cell(year.difference && signed(year.difference.backlogValue))}
              {cell(year.a && formatShare(year.a.replacedShare))}
              {cell(year.b && formatShare(year.b.replacedShare))}
              {cell(year.difference && formatSharePoints(year.difference.replacedShare))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollableTable>
  );
}

/** A year or figure one of the plans does not have. */
const NOT_APPLICABLE = 'niet van toepassing';

/** "+ € 280.000" or "- € 5.599.906": a difference says its direction in text, not only in colour. */
function signed(amount: number): string {
  if (amount === 0) return formatEuros(0);
  return `${amount > 0 ? '+' : '-'} ${formatEuros(Math.abs(amount))}`;
}
