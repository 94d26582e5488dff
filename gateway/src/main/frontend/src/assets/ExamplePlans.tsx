import { useState } from 'react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { computePlan } from '../api/assets';
import { ApiError } from '../api/http';
import { ErrorAlert } from '../common/Feedback';
import { formatMoney } from '../format/nl';
import { PROPOSAL_ANNUAL_BUDGET, PROPOSAL_YEARS } from './planForm';

const BUDGETS = [PROPOSAL_ANNUAL_BUDGET, 2 * PROPOSAL_ANNUAL_BUDGET];

/**
 * For whoever has no saved plans yet: the proposal's budget against twice as much, computed and saved
 * under new names (names are unique, so each click makes a new pair).
 */
export function ExamplePlans({ onSaved }: { onSaved: (a: string, b: string) => void }) {
  const [state, setState] = useState<{ busy: boolean; done: number; error?: ApiError }>({ busy: false, done: 0 });

  async function computeBoth() {
    const stamp = Date.now().toString(36);
    const startYear = new Date().getFullYear();
    const names: string[] = [];
    setState({ busy: true, done: 0 });
    try {
      for (const annualBudget of BUDGETS) {
        const name = `budget-${annualBudget}-${stamp}`;
        await computePlan({ startYear, years: PROPOSAL_YEARS, annualBudget, name });
        names.push(name);
        setState({ busy: true, done: names.length });
      }
      setState({ busy: false, done: names.length });
      onSaved(names[0], names[1]);
    } catch (error) {
      setState({ busy: false, done: names.length, error: error instanceof ApiError ? error : new ApiError(0) });
    }
  }

  const labels = BUDGETS.map((budget) => formatMoney(budget)).join(' en ');
  return (
    <section aria-labelledby="example-plans" className="groenagenda-example-plans">
      <h2 id="example-plans" className="utrecht-heading-2">Nog geen plannen om te vergelijken?</h2>
      <Paragraph>
        Bereken en bewaar twee plannen van {PROPOSAL_YEARS} jaar vanaf dit jaar, met {labels} per jaar, en vergelijk ze meteen.
      </Paragraph>
      <Button appearance="secondary-action-button" onClick={computeBoth} busy={state.busy} disabled={state.busy}>
        {state.busy ? 'Bezig met berekenen…' : `Bereken en bewaar plannen met ${labels} per jaar`}
      </Button>
      <div role="status">
        {state.busy && (
          <Paragraph>
            <progress max={BUDGETS.length} value={state.done} aria-label="Berekende plannen" className="groenagenda-progress__bar" />{' '}
            {state.done} van {BUDGETS.length} plannen berekend en bewaard…
          </Paragraph>
        )}
      </div>
      {state.error && state.error.status !== 401 && <ErrorAlert error={state.error} what="Het berekenen van de plannen" />}
    </section>
  );
}
