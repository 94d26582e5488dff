import { useState } from 'react';
import { Link } from 'react-router';
import { FormField, FormLabel, Heading2, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { fetchActuals, type BudgetLine } from '../api/budget';
import { ErrorAlert, Loading } from '../common/Feedback';
import { useApi } from '../common/useApi';
import { formatMoney } from '../format/nl';
import { monthLabel } from './labels';

/** What was booked per month against the year's budget (imported on the Werkelijk page). */
export function LineActuals({ line }: { line: BudgetLine }) {
  const years = line.years.map((year) => year.year);
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(years.includes(thisYear) ? thisYear : years[0]);
  const actuals = useApi((signal) => fetchActuals(line.code, year, signal), [line.code, year]);
  if (years.length === 0) return null;

  return (
    <section aria-labelledby="line-actuals">
      <Heading2 id="line-actuals">Werkelijke uitgaven</Heading2>
      <FormField>
        <FormLabel htmlFor="actuals-year">Jaar</FormLabel>
        <Select id="actuals-year" value={String(year)} onChange={(event) => setYear(Number(event.target.value))}>
          {years.map((option) => <SelectOption key={option} value={String(option)}>{option}</SelectOption>)}
        </Select>
      </FormField>
      <div aria-live="polite">
        {actuals.state === 'loading' && <Loading what="De werkelijke uitgaven" plural />}
        {actuals.state === 'failed' && <ErrorAlert error={actuals.error} what="De werkelijke uitgaven" />}
        {actuals.state === 'loaded' && actuals.data.actuals === 0 && (
          <Paragraph>
            Voor {year} zijn nog geen boekingen ingelezen. <Link className="utrecht-link" to="/begroting/werkelijk">Boekingen importeren</Link>
          </Paragraph>
        )}
        {actuals.state === 'loaded' && actuals.data.actuals !== 0 && (
          <>
            <Paragraph>
              Begroot {formatMoney(actuals.data.budget)}, geboekt {formatMoney(actuals.data.actuals)}, resteert {formatMoney(actuals.data.remaining)}.
            </Paragraph>
            <div className="groenagenda-table-scroll">
              <table className="utrecht-table">
                <caption className="utrecht-table__caption">Boekingen per maand in {year}, in euro's</caption>
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    <th scope="col" className="utrecht-table__header-cell">Maand</th>
                    <th scope="col" className="utrecht-table__header-cell groenagenda-number">Geboekt</th>
                    <th scope="col" className="utrecht-table__header-cell groenagenda-number">Tot en met deze maand</th>
                    <th scope="col" className="utrecht-table__header-cell groenagenda-number">Resteert van het budget</th>
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {actuals.data.months.map((month) => (
                    <tr key={month.month} className="utrecht-table__row">
                      <th scope="row" className="utrecht-table__header-cell">{monthLabel(month.month)}</th>
                      <td className="utrecht-table__cell groenagenda-number">{formatMoney(month.actual)}</td>
                      <td className="utrecht-table__cell groenagenda-number">{formatMoney(month.cumulative)}</td>
                      <td className={`utrecht-table__cell groenagenda-number${month.remaining < 0 ? ' groenagenda-negative' : ''}`}>{formatMoney(month.remaining)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </div>
    </section>
  );
}
