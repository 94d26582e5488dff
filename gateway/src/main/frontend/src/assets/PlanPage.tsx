import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Paragraph } from '@utrecht/component-library-react';
import { computePlan, fetchPlan, fetchPlanStrategies, type PlanStrategy, type ReplacementPlan } from '../api/assets';
import { ErrorAlert, Loading } from '../common/Feedback';
import { PageHeading } from '../common/PageHeading';
import { useApi } from '../common/useApi';
import { PlanForm } from './PlanForm';
import { defaultPlanValues, queryOf, refusal, SAVED_PLAN_QUERY, validatePlan, valuesOfQuery, type PlanFormValues } from './planForm';
import { PlanResult } from './PlanResult';

/**
 * /groenareaal/vervangingsplan: the link says what is on screen, so that it can be shared: `?plan=<name>`
 * for a saved plan, or the parameters of a computed one (`?startjaar=2026&looptijd=20&...`).
 */
export function PlanPage() {
  const strategies = useApi((signal) => fetchPlanStrategies(signal), []);
  return (
    <>
      <PageHeading>Vervangingsplan</PageHeading>
      <Paragraph>
        Hoeveel van het groenareaal wordt vernieuwd met een vast budget per jaar, en hoeveel groen raakt over zijn
        levensduur heen zonder te worden vervangen (de achterstand)?
      </Paragraph>
      {strategies.state === 'loading' && <Loading what="Het formulier" />}
      {strategies.state === 'failed' && <ErrorAlert error={strategies.error} what="Het formulier voor het vervangingsplan" />}
      {strategies.state === 'loaded' && <PlanScreen strategies={strategies.data} />}
    </>
  );
}

function PlanScreen({ strategies }: { strategies: PlanStrategy[] }) {
  const [query, setQuery] = useSearchParams();
  const savedName = query.get(SAVED_PLAN_QUERY);
  const defaults = defaultPlanValues(new Date().getFullYear(), strategies);
  const asked = savedName ? undefined : valuesOfQuery(query, defaults);
  const checked = asked ? validatePlan(asked, strategies) : undefined;
  const request = checked?.request;
  const key = query.toString();
  // Focus goes to the result only when the user asked for it here, not when a shared link is opened.
  const [asking, setAsking] = useState(false);

  const plan = useApi<ReplacementPlan | undefined>(async (signal) => {
    if (savedName) return fetchPlan(savedName, signal);
    if (request) return computePlan(request);
    return undefined;
  }, [key]);

  function saved(result: ReplacementPlan) {
    if (!result.name) return;
    setAsking(true);
    setQuery({ [SAVED_PLAN_QUERY]: result.name });
  }

  // A saved plan's form shows its parameters, so it can be recomputed with a change. Right after the
  // link changed, useApi still holds the previous plan for one render: that one is not this plan.
  const savedPlan = savedName && plan.state === 'loaded' && plan.data?.name === savedName ? plan.data : undefined;
  if (savedName && !savedPlan && plan.state !== 'failed') {
    return <Loading what={`Het bewaarde plan ${savedName}`} />;
  }
  const shown: PlanFormValues = savedPlan ? valuesOfPlan(savedPlan) : asked ?? defaults;
  const refused = plan.state === 'failed' && plan.error.status === 400 ? refusal(plan.error) : undefined;
  const problems = checked && !request ? { fields: checked.errors, other: [] } : refused;

  return (
    <>
      <PlanForm
        key={refused ? `${key}:refused` : key}
        strategies={strategies}
        initial={shown}
        draftKey={`replacement-plan:${key}`}
        computing={plan.state === 'loading' && Boolean(request)}
        initialProblems={problems}
        onCompute={(next) => {
          setAsking(true);
          setQuery(queryOf(next));
        }}
        onSaved={saved}
      />
      {plan.state === 'loading' && request && <PlanProgress />}
      {plan.state === 'failed' && !refused && <ErrorAlert error={plan.error} what={savedName ? `Het plan ${savedName}` : 'Het vervangingsplan'} />}
      {plan.state === 'loaded' && plan.data && <PlanResult plan={plan.data} focusOnShow={asking} />}
    </>
  );
}

function valuesOfPlan(plan: ReplacementPlan): PlanFormValues {
  const { startYear, years, annualBudget, strategy } = plan.parameters;
  return { startYear: String(startYear), years: String(years), annualBudget: String(annualBudget), strategy, name: '' };
}

/** A plan of the whole register takes seconds: say that it is on its way. */
function PlanProgress() {
  return (
    <div role="status" className="groenagenda-progress">
      <progress aria-label="Voortgang van de berekening" className="groenagenda-progress__bar" />
      <Paragraph>Het vervangingsplan wordt berekend voor het hele register. Dit duurt enkele seconden…</Paragraph>
    </div>
  );
}
