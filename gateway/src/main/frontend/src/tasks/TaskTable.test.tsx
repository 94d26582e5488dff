import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { OpenTask } from '../api/workflow';
import { TaskTable } from './TaskTable';

function task(overrides: Partial<OpenTask>): OpenTask {
  return {
    id: 't-1', name: 'Agendapunt beoordelen', agendaItemId: 'item-1', title: null, processInstanceId: 'p-1',
    created: '2026-03-02T09:00:00Z', due: null, assignee: null, decisions: ['APPROVE', 'RETURN', 'REJECT'],
    reminderSince: null, ...overrides,
  };
}

function show(tasks: OpenTask[]) {
  const router = createMemoryRouter([{ path: '/', element: <TaskTable tasks={tasks} caption="Mijn taken" /> }]);
  render(<RouterProvider router={router} />);
  return screen.getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
}

describe('the task table', () => {
  it('names the agenda item a task decides on, and the cycle for a Kaderbrief task', () => {
    const rows = show([
      task({ title: 'Wijkgazon Kloosterveen wordt groene speelweide met wadi' }),
      task({ id: 't-2', name: 'Claims bundelen voor het college', agendaItemId: 'kaderbrief-2025', title: undefined }),
    ]);
    expect(rows[0][1]).toBe('Wijkgazon Kloosterveen wordt groene speelweide met wadi');
    expect(rows[1][1]).toBe('Kaderbrief 2025');
    expect(screen.getByRole('columnheader', { name: 'Agendapunt' })).toBeInTheDocument();
  });
});
