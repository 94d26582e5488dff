import { Link } from 'react-router';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { OpenTask } from '../api/workflow';
import { formatDateTime } from '../format/nl';

export function TaskTable({ tasks, caption }: { tasks: OpenTask[]; caption: string }) {
  return (
    <div className="groenagenda-table-scroll">
      <Table>
        <caption className="utrecht-table__caption">{caption}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Taak</TableHeaderCell>
            <TableHeaderCell scope="col">Agendapunt</TableHeaderCell>
            <TableHeaderCell scope="col">Ontvangen</TableHeaderCell>
            <TableHeaderCell scope="col">Termijn</TableHeaderCell>
            <TableHeaderCell scope="col">Opgepakt door</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {tasks.map((task) => (
            <TableRow key={task.id}>
              <TableCell>
                <Link className="utrecht-link" to={`/taken/${encodeURIComponent(task.id)}`}>
                  {task.name}
                </Link>
                {task.reminderSince && <span className="groenagenda-overdue"> (termijn verstreken)</span>}
              </TableCell>
              <TableCell>{task.title ?? (task.agendaItemId?.startsWith('kaderbrief-') ? `Kaderbrief ${task.agendaItemId.slice(11)}` : '')}</TableCell>
              <TableCell>{formatDateTime(task.created)}</TableCell>
              <TableCell>{formatDateTime(task.due)}</TableCell>
              <TableCell>{task.assignee ?? 'Niemand'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
