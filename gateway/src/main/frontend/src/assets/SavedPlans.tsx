import { useId } from 'react';
import { Link } from 'react-router';
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import type { SavedPlanSummary } from '../api/assets';
import type { Page } from '../api/http';
import { ErrorAlert, Loading } from '../common/Feedback';
import type { ApiState } from '../common/useApi';
import { formatCount, formatDateTime, formatShare } from '../format/nl';
import type { Side } from './ComparisonForm';
import { formatEuros, strategyLabel } from './figures';
import { SAVED_PLAN_QUERY } from './planForm';
import { ScrollableTable } from './ScrollableTable';
import { SyntheticBadge } from './SyntheticNotice';

// Singular, as the messages of Loading and ErrorAlert are worded.
const WHAT = 'De lijst met bewaarde plannen';

interface Props {
  saved: ApiState<Page<SavedPlanSummary>>;
  chosen: Record<Side, string>;
  onPick: (side: Side, name: string) => void;
  /** While a comparison is shown below, the list is folded away so that the comparison is not pushed down. */
  folded?: boolean;
}

/** The plans saved by anyone, the newest first, each to be picked as A or B of the comparison. */
export function SavedPlans({ saved, chosen, onPick, folded = false }: Props) {
  const id = useId();
  const list = <SavedPlansList saved={saved} chosen={chosen} onPick={onPick} />;
  return (
    <section aria-labelledby={`${id}-title`} className="groenagenda-saved-plans">
      <h2 id={`${id}-title`} className="utrecht-heading-2">Bewaarde plannen</h2>
      {folded
        ? (
          <details className="groenagenda-saved-plans__folded">
            <summary>Lijst met bewaarde plannen tonen</summary>
            {list}
          </details>
        )
        : list}
    </section>
  );
}

function SavedPlansList({ saved, chosen, onPick }: Omit<Props, 'folded'>) {
  return (
    <>
      {saved.state === 'loading' && <Loading what={WHAT} />}
      {saved.state === 'failed' && <ErrorAlert error={saved.error} what={WHAT} />}
      {saved.state === 'loaded' && (
        saved.data.items.length === 0
          ? (
            <Paragraph>
              Er zijn nog geen plannen bewaard. Een plan bewaart u bij{' '}
              <Link className="utrecht-link" to="/groenareaal/vervangingsplan">Vervangingsplan</Link>.
            </Paragraph>
          )
          : (
            <>
              <Paragraph>{countSentence(saved.data)}</Paragraph>
              <SavedPlansTable plans={saved.data.items} chosen={chosen} onPick={onPick} />
            </>
          )
      )}
    </>
  );
}

/** Only the first page is shown: whoever needs an older plan still has its name to type. */
function countSentence({ items, totalItems }: Page<SavedPlanSummary>): string {
  const all = totalItems === 1 ? 'Er is 1 plan bewaard.' : `Er zijn ${formatCount(totalItems)} plannen bewaard, de nieuwste staan bovenaan.`;
  const left = totalItems - items.length;
  if (left <= 0) return all;
  return `${all} De ${formatCount(left)} oudste staan niet in de lijst: typ de naam van zo'n plan hierboven in.`;
}

function SavedPlansTable({ plans, chosen, onPick }: { plans: SavedPlanSummary[] } & Omit<Props, 'saved' | 'folded'>) {
  const numeric = 'utrecht-table__header-cell utrecht-table__header-cell--numeric';
  return (
    <ScrollableTable label="Bewaarde plannen, de nieuwste eerst">
      <table className="utrecht-table">
        <caption className="utrecht-table__caption">
          Bewaarde plannen, de nieuwste eerst{plans.some((plan) => plan.synthetic) && <> (<SyntheticBadge />)</>}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">Naam</th>
            <th scope="col" className="utrecht-table__header-cell">Strategie</th>
            <th scope="col" className={numeric}>Budget per jaar</th>
            <th scope="col" className={numeric}>Startjaar</th>
            <th scope="col" className={numeric}>Jaren</th>
            <th scope="col" className={numeric}>Vernieuwd deel</th>
            <th scope="col" className="utrecht-table__header-cell">Bewaard door</th>
            <th scope="col" className="utrecht-table__header-cell">Bewaard op</th>
            <th scope="col" className="utrecht-table__header-cell">Kiezen</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {plans.map((plan) => (
            <tr key={plan.name} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                <Link className="utrecht-link" to={`/groenareaal/vervangingsplan?${new URLSearchParams({ [SAVED_PLAN_QUERY]: plan.name })}`}>
                  {plan.name}
                </Link>
              </th>
              <td className="utrecht-table__cell">{strategyLabel(plan.strategy)}</td>
              <td className="utrecht-table__cell groenagenda-number">{formatEuros(plan.annualBudget)}</td>
              <td className="utrecht-table__cell groenagenda-number">{plan.startYear}</td>
              <td className="utrecht-table__cell groenagenda-number">{plan.years}</td>
              <td className="utrecht-table__cell groenagenda-number">{formatShare(plan.replacedShare)}</td>
              <td className="utrecht-table__cell">{plan.savedBy}</td>
              <td className="utrecht-table__cell">{formatDateTime(plan.savedAt)}</td>
              <td className="utrecht-table__cell">
                <PickButtons name={plan.name} chosen={chosen} onPick={onPick} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollableTable>
  );
}

/**
 * Toggle buttons: pressed while the plan is the one in that field, so the table shows what is chosen.
 * The hidden words name the plan for whoever reaches the button outside its row (a list of buttons).
 */
function PickButtons({ name, chosen, onPick }: { name: string } & Omit<Props, 'saved' | 'folded'>) {
  return (
    <ButtonGroup className="groenagenda-saved-plans__pick">
      {(['a', 'b'] as Side[]).map((side) => {
        const pressed = chosen[side].trim() === name;
        return (
          <Button key={side} appearance="secondary-action-button" pressed={pressed} onClick={() => onPick(side, pressed ? '' : name)}>
            Als {side.toUpperCase()}<span className="groenagenda-visually-hidden"> kiezen: {name}</span>
          </Button>
        );
      })}
    </ButtonGroup>
  );
}
