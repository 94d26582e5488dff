import type { ReplacementPlan } from '../api/assets';
import { formatCount, formatShare } from '../format/nl';
import { formatEuros } from './figures';
import { NoFigure } from './NoFigure';
import { ScrollableTable } from './ScrollableTable';
import { SyntheticBadge } from './SyntheticNotice';

/** The plan year by year: what is replaced, the share of the stock renewed so far, and the backlog. */
export function PlanYearTable({ plan }: { plan: ReplacementPlan }) {
  return (
    <ScrollableTable label="Het plan per jaar">
      <table className="utrecht-table">
        <caption className="utrecht-table__caption">
          Het plan per jaar{plan.synthetic && <> (<SyntheticBadge />)</>}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">Jaar</th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">Budget</th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">Vervangen objecten</th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">Vervangen waarde</th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">Niet besteed (vervalt)</th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">Vernieuwd, opgeteld</th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">Nieuw aan vervanging toe</th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">Achterstand</th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">Objecten in achterstand</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {plan.years.map((year) => (
            <tr key={year.year} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">{year.year}</th>
              <td className="utrecht-table__cell groenagenda-number">{formatEuros(year.budget)}</td>
              <td className="utrecht-table__cell groenagenda-number">{formatCount(year.replacedCount)}</td>
              <td className="utrecht-table__cell groenagenda-number">{formatEuros(year.replacedValue)}</td>
              <td className="utrecht-table__cell groenagenda-number">{formatEuros(year.unspent)}</td>
              <td className="utrecht-table__cell groenagenda-number">{formatShare(year.cumulativeReplacedShare)}</td>
              <td className="utrecht-table__cell groenagenda-number">{formatEuros(year.newlyDueValue)}</td>
              <td className="utrecht-table__cell groenagenda-number">{formatEuros(year.backlogValue)}</td>
              <td className="utrecht-table__cell groenagenda-number">{formatCount(year.backlogCount)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot className="utrecht-table__footer">
          <tr className="utrecht-table__row groenagenda-total">
            <th scope="row" className="utrecht-table__header-cell">Totaal</th>
            <td className="utrecht-table__cell groenagenda-number">{formatEuros(plan.totalBudget)}</td>
            <td className="utrecht-table__cell groenagenda-number">{formatCount(plan.totalReplacedCount)}</td>
            <td className="utrecht-table__cell groenagenda-number">{formatEuros(plan.totalReplacedValue)}</td>
            <td className="utrecht-table__cell groenagenda-number">{formatEuros(plan.totalBudget - plan.totalSpent)}</td>
            <td className="utrecht-table__cell groenagenda-number">{formatShare(plan.replacedShare)}</td>
            <td className="utrecht-table__cell groenagenda-number"><NoFigure reason="niet opgeteld" /></td>
            <td className="utrecht-table__cell groenagenda-number"><NoFigure reason="niet opgeteld" /></td>
            <td className="utrecht-table__cell groenagenda-number"><NoFigure reason="niet opgeteld" /></td>
          </tr>
        </tfoot>
      </table>
    </ScrollableTable>
  );
}
