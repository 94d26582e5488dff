import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { DataList, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { ReplacementPlan } from '../api/assets';
import { formatCount, formatDateTime, formatShare } from '../format/nl';
import { formatEuros, strategyLabel } from './figures';
import { PlanCharts } from './PlanCharts';
import { PlanDownload } from './PlanDownload';
import { PlanYearTable } from './PlanYearTable';
import { SyntheticNotice } from './SyntheticNotice';
import { Fact } from '../common/Fact';

export function PlanResult({ plan, focusOnShow }: { plan: ReplacementPlan; focusOnShow: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnShow) heading.current?.focus();
  }, [focusOnShow, plan]);

  const last = plan.years[plan.years.length - 1];
  const { years, annualBudget, strategy } = plan.parameters;
  return (
    <section aria-labelledby="plan-result" className="groenagenda-plan-result">
      <Heading2 id="plan-result" ref={heading} tabIndex={-1} className="groenagenda-focus-target">
        {plan.name ? `Bewaard plan ${plan.name}` : 'Berekend plan'}
      </Heading2>
      <Paragraph>
        {formatEuros(annualBudget)} per jaar gedurende {years} jaar, {strategyLabel(strategy).toLowerCase()}.
        {plan.parameters.heatStressDistricts.length > 0 && (
          <> Wijken met hittestress (een aanname van de planning): {plan.parameters.heatStressDistricts.join(', ')}.</>
        )}
        {plan.savedBy && <> Bewaard door {plan.savedBy} op {formatDateTime(plan.savedAt)}.</>}
      </Paragraph>
      {plan.synthetic && <SyntheticNotice subject="Dit plan" />}
      {last && (
        <Paragraph role="status" className="groenagenda-figure">
          Na {years} jaar ({last.year}) is {formatShare(plan.replacedShare)} van het groenareaal vernieuwd.
        </Paragraph>
      )}
      <PlanFigures plan={plan} />
      {plan.name
        ? <PlanDownload name={plan.name} />
        : <Paragraph>Wilt u dit plan downloaden of vergelijken? Geef het hierboven een naam en bewaar het.</Paragraph>}
      {plan.years.length > 0 && <PlanCharts plan={plan} />}
      {plan.years.length > 0 && <PlanYearTable plan={plan} />}
      {plan.name && (
        <Paragraph>
          <Link className="utrecht-link" to={`/groenareaal/vergelijking?a=${encodeURIComponent(plan.name)}`}>
            Vergelijk dit plan met een ander bewaard plan
          </Link>
        </Paragraph>
      )}
    </section>
  );
}

function PlanFigures({ plan }: { plan: ReplacementPlan }) {
  return (
    <DataList className="groenagenda-plan-figures">
      <Fact label="Vervangingswaarde van het groenareaal" value={`${formatEuros(plan.stockValue)} (${formatCount(plan.assetCount)} objecten)`} />
      <Fact label="Theoretische vervangingsbehoefte per jaar" value={`${formatEuros(plan.theoreticalAnnualNeed)} (waarde gedeeld door levensduur)`} />
      <Fact label="Totaal budget" value={formatEuros(plan.totalBudget)} />
      <Fact
        label="Totaal vervangen"
        value={`${formatEuros(plan.totalReplacedValue)} (${formatCount(plan.totalReplacedCount)} objecten, ${formatShare(plan.replacedShare)} van het areaal)`}
      />
      <Fact label="Achterstand bij de start" value={formatEuros(plan.initialBacklogValue)} />
      <Fact label="Achterstand aan het eind" value={formatEuros(plan.finalBacklogValue)} />
      {plan.oversizedCount > 0 && (
        <Fact
          label="Groter dan het jaarbudget"
          value={`${formatCount(plan.oversizedCount)} objecten, samen ${formatEuros(plan.oversizedValue)}: nooit in dit plan, vragen een eigen investeringsbesluit`}
        />
      )}
    </DataList>
  );
}
