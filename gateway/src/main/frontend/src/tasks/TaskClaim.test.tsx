import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { OpenTask } from '../api/workflow';
import { MANAGER, mockFetch, on, renderApp } from '../test/render';

const OFFERED: OpenTask = {
  id: 'task-1',
  name: 'Kaderbriefbesluit vastleggen',
  agendaItemId: null,
  processInstanceId: 'p-1',
  created: '2026-03-02T09:00:00Z',
  due: null,
  assignee: null,
  decisions: ['DONE'],
  reminderSince: null,
};

describe('picking up a task offered to the group', () => {
  it('claims the task and can give it back', async () => {
    const fetchMock = mockFetch(
      on('GET', '/api/workflow/v1/tasks/task-1', { status: 200, body: OFFERED }),
      on('POST', '/api/workflow/v1/tasks/task-1/claim', { status: 200, body: { ...OFFERED, assignee: 'manager-or' } }),
      on('POST', '/api/workflow/v1/tasks/task-1/unclaim', { status: 200, body: OFFERED }),
    );
    renderApp(MANAGER, '/taken/task-1');

    expect(await screen.findByText('Deze taak is aangeboden aan uw groep en nog door niemand opgepakt.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Taak oppakken' }));
    expect(await screen.findByText('U heeft deze taak opgepakt.')).toBeInTheDocument();
    const claim = fetchMock.mock.calls.find(([url]) => String(url).endsWith('/claim'))!;
    expect((claim[1]?.headers as Record<string, string>)['X-XSRF-TOKEN']).toBeDefined();

    await userEvent.click(screen.getByRole('button', { name: 'Taak teruggeven aan de groep' }));
    expect(await screen.findByRole('button', { name: 'Taak oppakken' })).toBeInTheDocument();
  });

  it('says so when a colleague was first', async () => {
    mockFetch(
      on('GET', '/api/workflow/v1/tasks/task-1', { status: 200, body: OFFERED }),
      on('POST', '/api/workflow/v1/tasks/task-1/claim', {
        status: 409,
        body: { status: 409, title: 'Taak al opgepakt', detail: 'Deze taak is al opgepakt door manager-ro.' },
      }),
    );
    renderApp(MANAGER, '/taken/task-1');

    await userEvent.click(await screen.findByRole('button', { name: 'Taak oppakken' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Deze taak is al opgepakt door manager-ro.');
  });

  it("shows who holds a task that is not the caller's", async () => {
    mockFetch(on('GET', '/api/workflow/v1/tasks/task-1', { status: 200, body: { ...OFFERED, assignee: 'manager-ro' } }));
    renderApp(MANAGER, '/taken/task-1');
    expect(await screen.findByText('Deze taak is opgepakt door manager-ro.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Taak/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Beslissing vastleggen' })).not.toBeInTheDocument();
  });
});
