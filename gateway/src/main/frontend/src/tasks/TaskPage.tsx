import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { fetchAgendaItem } from '../api/agenda';
import { ApiError } from '../api/http';
import { fetchTask, type Decision, type OpenTask } from '../api/workflow';
import { ErrorAlert, Loading } from '../common/Feedback';
import { PageHeading } from '../common/PageHeading';
import { useApi } from '../common/useApi';
import { formatDateTime } from '../format/nl';
import { AgendaItemDetails } from './AgendaItemDetails';
import { DecisionForm } from './DecisionForm';
import { TaskClaim } from './TaskClaim';
import { useSession } from '../session/SessionContext';
import { decisionLabel } from './decisions';
import type { TaskListState } from './TaskListPage';

export function TaskPage() {
  const { taskId = '' } = useParams();
  const task = useApi(async (signal) => {
    const found = await fetchTask(taskId, signal);
    if (!found) throw new ApiError(404);
    return found;
  }, [taskId]);

  if (task.state === 'loading') {
    return (
      <>
        <PageHeading>Taak</PageHeading>
        <Loading what="De taak" />
      </>
    );
  }
  if (task.state === 'failed') {
    return (
      <>
        <PageHeading>Taak niet gevonden</PageHeading>
        {task.error.status === 404 ? (
          <Alert type="warning" role="alert">
            <Paragraph>
              Deze taak staat niet (meer) open voor u; misschien heeft een collega haar al afgerond.
            </Paragraph>
          </Alert>
        ) : (
          <ErrorAlert error={task.error} what="De taak" />
        )}
        <Paragraph>
          <Link className="utrecht-link" to="/taken">Terug naar Mijn taken</Link>
        </Paragraph>
      </>
    );
  }
  return <LoadedTask task={task.data} />;
}

function LoadedTask({ task: loaded }: { task: OpenTask }) {
  const navigate = useNavigate();
  const user = useSession();
  const [task, setTask] = useState(loaded);

  function completed(decision: Decision) {
    const state: TaskListState = {
      completed: `Uw beslissing "${decisionLabel(decision)}" over "${task.name}" is vastgelegd.`,
    };
    navigate('/taken', { state });
  }

  return (
    <>
      <PageHeading>{task.name}</PageHeading>
      <Paragraph>
        Ontvangen {formatDateTime(task.created)}
        {task.due && <>, termijn {formatDateTime(task.due)}</>}.{' '}
        <Link className="utrecht-link" to="/taken">Terug naar Mijn taken</Link>
      </Paragraph>
      <TaskClaim task={task} onChanged={setTask} />
      {task.agendaItemId && <AgendaItem id={task.agendaItemId} />}
      {(task.assignee === null || task.assignee === user.username) && <DecisionForm task={task} onCompleted={completed} />}
    </>
  );
}

function AgendaItem({ id }: { id: string }) {
  const item = useApi((signal) => fetchAgendaItem(id, signal), [id]);
  if (item.state === 'loading') return <Loading what="Het agendapunt" />;
  if (item.state === 'failed') return <ErrorAlert error={item.error} what="Het agendapunt" />;
  return <AgendaItemDetails item={item.data} />;
}
