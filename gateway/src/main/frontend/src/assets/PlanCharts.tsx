import type { ReplacementPlan } from '../api/assets';
import { Chart } from '../charts/Chart';
import { formatEuros } from './figures';

/**
 * Two charts, because the amounts differ by two orders of magnitude: what the budget renews in all
 * against the backlog that builds up, and per year what is spent against what newly reaches its end of life.
 */
export function PlanCharts({ plan }: { plan: ReplacementPlan }) {
  const years = plan.years.map((year) => String(year.year));
  const first = plan.years[0].year;
  const last = plan.years[plan.years.length - 1].year;
  return (
    <>
      <Chart
        title="Vervangen tegenover achterstand"
        description={`Per jaar van ${first} tot en met ${last}: de waarde die het plan in totaal heeft vervangen (staven) en de achterstand: de waarde die over zijn levensduur is en niet is vervangen (lijn).`}
        categories={years}
        series={[
          { name: 'Vervangen, opgeteld', kind: 'bar', values: plan.years.map((year) => year.cumulativeReplacedValue) },
          { name: 'Achterstand', kind: 'line', values: plan.years.map((year) => year.backlogValue) },
        ]}
        formatValue={formatEuros}
      />
      <Chart
        title="Besteding per jaar tegenover nieuwe vervangingsbehoefte"
        description={`Per jaar van ${first} tot en met ${last}: het bestede budget en de waarde die dat jaar het einde van haar levensduur bereikt.`}
        categories={years}
        series={[
          { name: 'Besteed', kind: 'bar', values: plan.years.map((year) => year.spent) },
          { name: 'Nieuw aan vervanging toe', kind: 'bar', values: plan.years.map((year) => year.newlyDueValue) },
        ]}
        formatValue={formatEuros}
      />
    </>
  );
}
