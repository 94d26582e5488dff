import type { AssetType, Summary } from '../api/assets';
import { Chart, PALETTE, type Series } from '../charts/Chart';
import { formatEuros } from './figures';
import { chartTypes, districtsOf, typeNames } from './stock';

/** Replacement value per district, stacked by type. */
export function SummaryChart({ summary, types }: { summary: Summary; types: AssetType[] }) {
  const districts = districtsOf(summary);
  const nameOf = typeNames(types);
  const { own, rest } = chartTypes(summary, PALETTE.length - 1);
  const valueOf = (district: string, codes: string[]) => summary.groups
    .filter((group) => group.district === district && codes.includes(group.type))
    .reduce((sum, group) => sum + group.replacementValue, 0);

  const series: Series[] = own.map((code) => ({
    name: nameOf(code),
    kind: 'bar',
    values: districts.map((district) => valueOf(district, [code])),
  }));
  if (rest.length > 0) {
    series.push({
      name: `Overig (${rest.map(nameOf).join(', ').toLowerCase()})`,
      kind: 'bar',
      values: districts.map((district) => valueOf(district, rest)),
    });
  }

  return (
    <Chart
      title="Vervangingswaarde per wijk"
      description={`De vervangingswaarde van het groen in ${districts.length} wijken, per wijk opgebouwd uit de typen groen.`}
      categories={districts}
      series={series}
      formatValue={formatEuros}
      stacked
    />
  );
}
