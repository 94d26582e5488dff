import { Link } from 'react-router';
import { Paragraph } from '@utrecht/component-library-react';
import { fetchCycles } from '../api/budget';
import { ErrorAlert, Loading } from '../common/Feedback';
import { PageHeading } from '../common/PageHeading';
import { useApi } from '../common/useApi';
import { formatDate } from '../format/nl';
import { CYCLE_STATUS_LABELS } from './labels';

export function CycleListPage() {
  const cycles = useApi((signal) => fetchCycles(signal), []);
  return (
    <>
      <PageHeading>Kaderbrief</PageHeading>
      <Paragraph>
        In de Kaderbrief weegt de raad in het voorjaar de claims voor nieuw geld af. Kies een cyclus om de claims te
        zien en de besluiten van de raad vast te leggen.
      </Paragraph>
      {cycles.state === 'loading' && <Loading what="De Kaderbriefcycli" plural />}
      {cycles.state === 'failed' && <ErrorAlert error={cycles.error} what="De Kaderbriefcycli" />}
      {cycles.state === 'loaded' && cycles.data.items.length === 0 && <Paragraph>Er zijn nog geen Kaderbriefcycli.</Paragraph>}
      {cycles.state === 'loaded' && cycles.data.items.length > 0 && (
        <div className="groenagenda-table-scroll">
          <table className="utrecht-table">
            <caption className="utrecht-table__caption">Kaderbriefcycli, de nieuwste eerst</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Kaderbrief</th>
                <th scope="col" className="utrecht-table__header-cell">Status</th>
                <th scope="col" className="utrecht-table__header-cell">Sluiting claims</th>
                <th scope="col" className="utrecht-table__header-cell">College</th>
                <th scope="col" className="utrecht-table__header-cell">Raad</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {[...cycles.data.items].reverse().map((cycle) => (
                <tr key={cycle.year} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    <Link className="utrecht-link" to={`/begroting/kaderbrief/${cycle.year}`}>Kaderbrief {cycle.year}</Link>
                  </th>
                  <td className="utrecht-table__cell">{CYCLE_STATUS_LABELS[cycle.status]}</td>
                  <td className="utrecht-table__cell">{formatDate(cycle.claimDeadline)}</td>
                  <td className="utrecht-table__cell">{formatDate(cycle.collegeDate)}</td>
                  <td className="utrecht-table__cell">{formatDate(cycle.councilDate)}{cycle.datesAssumed && ' (aangenomen)'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
