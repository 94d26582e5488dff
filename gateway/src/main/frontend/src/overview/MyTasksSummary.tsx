import { Link } from 'react-router';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { fetchTasks } from '../api/workflow';
import { ErrorAlert, Loading } from '../common/Feedback';
import { useApi } from '../common/useApi';
import { formatCount } from '../format/nl';
import { TaskTable } from '../tasks/TaskTable';

const FIRST_FEW = 5;

export function MyTasksSummary() {
  const tasks = useApi((signal) => fetchTasks(FIRST_FEW, signal), []);
  return (
    <section aria-labelledby="overzicht-taken" className="groenagenda-card">
      <Heading2 id="overzicht-taken">Mijn open taken</Heading2>
      {tasks.state === 'loading' && <Loading what="Uw taken" plural />}
      {tasks.state === 'failed' && <ErrorAlert error={tasks.error} what="Uw taken" />}
      {tasks.state === 'loaded' && (
        tasks.data.totalItems === 0 ? (
          <Paragraph>U heeft geen open taken.</Paragraph>
        ) : (
          <>
            <Paragraph>
              <span className="groenagenda-figure">{formatCount(tasks.data.totalItems)}</span>{' '}
              open {tasks.data.totalItems === 1 ? 'taak' : 'taken'}.{' '}
              <Link className="utrecht-link" to="/taken">Alle taken bekijken</Link>
            </Paragraph>
            <TaskTable tasks={tasks.data.items} caption={`De oudste ${Math.min(FIRST_FEW, tasks.data.items.length)}`} />
          </>
        )
      )}
    </section>
  );
}
