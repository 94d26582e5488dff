import type { AssetType, Summary } from '../api/assets';
import { formatCount } from '../format/nl';
import { formatEuros, formatQuantity } from './figures';
import { NoFigure } from './NoFigure';
import { byDistrict, typeNames } from './stock';
import { SyntheticBadge } from './SyntheticNotice';

/** Quantities in pieces, m² and m do not add up. */
const DIFFERENT_UNITS = 'niet op te tellen: verschillende eenheden';

/** Every district with its types, a subtotal per district and the total of the register. */
export function SummaryTable({ summary, types }: { summary: Summary; types: AssetType[] }) {
  const nameOf = typeNames(types);
  return (
    <div className="groenagenda-table-scroll">
      <table className="utrecht-table groenagenda-stock-table">
        <caption className="utrecht-table__caption">
          Aantallen, hoeveelheden en vervangingswaarde per wijk en type
          {summary.synthetic && <> (<SyntheticBadge />)</>}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">Wijk</th>
            <th scope="col" className="utrecht-table__header-cell">Type</th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">Aantal objecten</th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">Hoeveelheid</th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">Vervangingswaarde</th>
          </tr>
        </thead>
        {byDistrict(summary).map((district) => (
          <tbody key={district.district} className="utrecht-table__body">
            {district.groups.map((group) => (
              <tr key={group.type} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">{group.district}</th>
                <td className="utrecht-table__cell">{nameOf(group.type)}</td>
                <td className="utrecht-table__cell groenagenda-number">{formatCount(group.count)}</td>
                <td className="utrecht-table__cell groenagenda-number">{formatQuantity(group.quantity, group.unit)}</td>
                <td className="utrecht-table__cell groenagenda-number">{formatEuros(group.replacementValue)}</td>
              </tr>
            ))}
            <tr className="utrecht-table__row groenagenda-subtotal">
              <th scope="row" className="utrecht-table__header-cell">{district.district}</th>
              <td className="utrecht-table__cell">Totaal van de wijk</td>
              <td className="utrecht-table__cell groenagenda-number">{formatCount(district.count)}</td>
              <td className="utrecht-table__cell groenagenda-number"><NoFigure reason={DIFFERENT_UNITS} /></td>
              <td className="utrecht-table__cell groenagenda-number">{formatEuros(district.replacementValue)}</td>
            </tr>
          </tbody>
        ))}
        <tfoot className="utrecht-table__footer">
          <tr className="utrecht-table__row groenagenda-total">
            <th scope="row" colSpan={2} className="utrecht-table__header-cell">Totaal groenareaal</th>
            <td className="utrecht-table__cell groenagenda-number">{formatCount(summary.totalCount)}</td>
            <td className="utrecht-table__cell groenagenda-number"><NoFigure reason={DIFFERENT_UNITS} /></td>
            <td className="utrecht-table__cell groenagenda-number">{formatEuros(summary.totalReplacementValue)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
