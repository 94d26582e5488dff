import { useLocation } from 'react-router';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { fetchTasks, MAX_PAGE_SIZE } from '../api/workflow';
import { ErrorAlert, Loading } from '../common/Feedback';
import { PageHeading } from '../common/PageHeading';
import { useApi } from '../common/useApi';
import { formatCount } from '../format/nl';
import { TaskTable } from './TaskTable';

/** What the task page hands over after a decision was recorded. */
export interface TaskListState {
  completed?: string;
}

export function TaskListPage() {
  const location = useLocation();
  const completed = (location.state as TaskListState | null)?.completed;
  const tasks = useApi((signal) => fetchTasks(MAX_PAGE_SIZE, signal), []);

  return (
    <>
      <PageHeading>Mijn taken</PageHeading>
      {completed && (
        <Alert type="ok" role="status">
          <Paragraph>{completed}</Paragraph>
        </Alert>
      )}
      {tasks.state === 'loading' && <Loading what="Uw taken" plural />}
      {tasks.state === 'failed' && <ErrorAlert error={tasks.error} what="Uw taken" />}
      {tasks.state === 'loaded' && (
        tasks.data.items.length === 0
          ? <Paragraph>U heeft geen open taken.</Paragraph>
          : (
            <>
              <Paragraph>
                U heeft {formatCount(tasks.data.totalItems)} open {tasks.data.totalItems === 1 ? 'taak' : 'taken'}, de oudste eerst.
              </Paragraph>
              <TaskTable tasks={tasks.data.items} caption="Open taken van u en uw groepen" />
            </>
          )
      )}
    </>
  );
}
