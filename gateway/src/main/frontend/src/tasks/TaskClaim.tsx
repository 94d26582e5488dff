import { useState } from 'react';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { ApiError } from '../api/http';
import { claimTask, unclaimTask, type OpenTask } from '../api/workflow';
import { problemMessage } from '../common/messages';
import { useSession } from '../session/SessionContext';

/**
 * Who has the task: a task offered to a group can be picked up, so that two managers do not weigh the
 * same item at once, and given back. Deciding does not require it; the workflow refuses a decision on
 * a task someone else holds.
 */
export function TaskClaim({ task, onChanged }: { task: OpenTask; onChanged: (task: OpenTask) => void }) {
  const user = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const mine = task.assignee === user.username;

  async function change(action: (id: string) => Promise<OpenTask>) {
    setBusy(true);
    setError(undefined);
    try {
      onChanged(await action(task.id));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="groenagenda-task-claim">
      <Paragraph aria-live="polite">
        {mine && 'U heeft deze taak opgepakt.'}
        {!mine && task.assignee && `Deze taak is opgepakt door ${task.assignee}.`}
        {!task.assignee && 'Deze taak is aangeboden aan uw groep en nog door niemand opgepakt.'}
      </Paragraph>
      {!task.assignee && (
        <Button appearance="secondary-action-button" disabled={busy} onClick={() => change(claimTask)}>
          Taak oppakken
        </Button>
      )}
      {mine && (
        <Button appearance="secondary-action-button" disabled={busy} onClick={() => change(unclaimTask)}>
          Taak teruggeven aan de groep
        </Button>
      )}
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{problemMessage(error, 'De taak')}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
