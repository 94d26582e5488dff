import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { OpenTask } from '../api/workflow';
import { FINANCE, MANAGER, mockFetch, on, page, renderApp } from '../test/render';

const REVIEW: OpenTask = {
  id: 'task-1',
  name: 'Agendapunt beoordelen',
  agendaItemId: 'item-1',
  processInstanceId: 'p-1',
  created: '2026-03-02T09:00:00Z',
  due: null,
  assignee: null,
  decisions: ['APPROVE', 'RETURN', 'REJECT'],
  reminderSince: null,
};

const ADVICE: OpenTask = { ...REVIEW, id: 'task-2', name: 'Financieel advies geven', decisions: ['CLAIM', 'RETURN'] };

const ITEM = {
  id: 'item-1',
  title: 'Bomen Kloosterveen vervangen',
  description: 'Vervanging van 40 essen langs de Kloosterveensweg.',
  department: 'openbare-ruimte',
  theme: 'Bomen',
  districts: ['Kloosterveen'],
  budgetLineCode: 'GR-01',
  status: 'SUBMITTED',
  costs: [
    { year: 2027, amount: 5000, recurring: true, kind: 'OPERATING' },
    { year: 2026, amount: 17124, recurring: false, kind: 'INVESTMENT' },
  ],
  history: [
    { at: '2026-03-01T08:15:00Z', actor: 'medewerker', action: 'SUBMITTED', fromStatus: 'DRAFT', toStatus: 'SUBMITTED', reason: null },
  ],
};

function taskBackend(task: OpenTask, completion: (init?: RequestInit) => { status: number; body?: unknown }) {
  return mockFetch(
    on('GET', `/api/workflow/v1/tasks/${task.id}`, { status: 200, body: task }),
    on('GET', '/api/workflow/v1/tasks', { status: 200, body: page([task]) }),
    on('GET', '/api/agenda/v1/agenda-items/item-1', { status: 200, body: ITEM }),
    on('POST', `/api/workflow/v1/tasks/${task.id}/completion`, completion),
  );
}

const plain = (text: string | null) => (text ?? '').replace(/\u00a0/g, ' ');

describe('a task and its decision', () => {
  it('shows the agenda item with its costs per year in Dutch notation and its history', async () => {
    taskBackend(REVIEW, () => ({ status: 200, body: {} }));
    renderApp(MANAGER, '/taken/task-1');

    expect(await screen.findByRole('heading', { level: 2, name: /Bomen Kloosterveen vervangen/ })).toBeInTheDocument();
    expect(document.title).toBe('Agendapunt beoordelen - Groenagenda');
    const rows = screen.getByRole('table', { name: 'Kosten per jaar' }).querySelectorAll('tbody tr');
    expect(plain(rows[0].textContent)).toBe('2026€ 17.124incidenteel, investering');
    expect(plain(rows[1].textContent)).toBe('2027€ 5.000structureel, exploitatie');
    expect(screen.getByText('Openbare Ruimte')).toBeInTheDocument();
    expect(screen.getByText('Nog niet bepaald')).toBeInTheDocument();
    expect(screen.getByText(/1 maart 2026 om 09:15/).closest('li')).toHaveTextContent('(Concept naar Ingediend)');
  });

  it('offers exactly the decisions of the task, with Dutch labels', async () => {
    taskBackend(REVIEW, () => ({ status: 200, body: {} }));
    renderApp(MANAGER, '/taken/task-1');
    const group = await screen.findByRole('group', { name: /Uw beslissing/ });
    const labels = [...group.querySelectorAll('label')].map((label) => label.textContent);
    expect(labels).toEqual(['Goedkeuren', 'Terugsturen', 'Afwijzen']);
  });

  it('asks for a decision before anything is sent', async () => {
    const fetchMock = taskBackend(REVIEW, () => ({ status: 200, body: {} }));
    renderApp(MANAGER, '/taken/task-1');
    await userEvent.click(await screen.findByRole('button', { name: 'Beslissing vastleggen' }));

    expect(screen.getByText('Kies een beslissing.')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Goedkeuren' })).toHaveFocus();
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);
  });

  it('requires a motivation to return an item, next to the motivation field', async () => {
    const fetchMock = taskBackend(REVIEW, () => ({ status: 200, body: {} }));
    renderApp(MANAGER, '/taken/task-1');
    await userEvent.click(await screen.findByRole('radio', { name: 'Terugsturen' }));
    await userEvent.click(screen.getByRole('button', { name: 'Beslissing vastleggen' }));

    const motivation = screen.getByRole('textbox', { name: /Toelichting \(verplicht\)/ });
    expect(motivation).toHaveAttribute('aria-invalid', 'true');
    expect(motivation).toHaveFocus();
    expect(motivation).toHaveAccessibleDescription(/Geef een toelichting: die is verplicht bij terugsturen\./);
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);
  });

  it('lets a manager approve without a motivation', async () => {
    taskBackend(REVIEW, () => ({ status: 200, body: {} }));
    renderApp(MANAGER, '/taken/task-1');
    await userEvent.click(await screen.findByRole('radio', { name: 'Goedkeuren' }));
    expect(screen.getByRole('textbox', { name: /Toelichting \(niet verplicht\)/ })).toBeInTheDocument();
  });

  it('requires a motivation for finance advice whatever the decision', async () => {
    taskBackend(ADVICE, () => ({ status: 200, body: {} }));
    renderApp(FINANCE, '/taken/task-2');
    await userEvent.click(await screen.findByRole('radio', { name: 'Claim indienen' }));
    await userEvent.click(screen.getByRole('button', { name: 'Beslissing vastleggen' }));

    expect(screen.getByText('Geef een toelichting: die is verplicht bij claim indienen.')).toBeInTheDocument();
  });

  it('sends the decision with the CSRF header and returns to the inbox with a confirmation', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-123; path=/';
    let sent: RequestInit | undefined;
    taskBackend(REVIEW, (init) => {
      sent = init;
      return { status: 200, body: { decision: 'RETURN' } };
    });
    const { router } = renderApp(MANAGER, '/taken/task-1');
    await userEvent.click(await screen.findByRole('radio', { name: 'Terugsturen' }));
    await userEvent.type(screen.getByRole('textbox', { name: /Toelichting/ }), '  Graag de kosten per jaar onderbouwen.  ');
    await userEvent.click(screen.getByRole('button', { name: 'Beslissing vastleggen' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/taken'));
    expect(new Headers(sent?.headers).get('X-XSRF-TOKEN')).toBe('csrf-123');
    expect(JSON.parse(String(sent?.body))).toEqual({ decision: 'RETURN', motivation: 'Graag de kosten per jaar onderbouwen.' });
    expect(await screen.findByText('Uw beslissing "Terugsturen" over "Agendapunt beoordelen" is vastgelegd.')).toBeInTheDocument();
  });

  it('shows the server\'s invalidParams next to the field they name', async () => {
    taskBackend(REVIEW, () => ({
      status: 400,
      body: {
        status: 400,
        title: 'Ongeldige invoer',
        invalidParams: [
          { name: 'motivation', reason: 'Is verplicht bij afwijzen.' },
          { name: 'decision', reason: 'Deze taak accepteert REJECT niet meer.' },
        ],
      },
    }));
    renderApp(MANAGER, '/taken/task-1');
    await userEvent.click(await screen.findByRole('radio', { name: 'Afwijzen' }));
    await userEvent.type(screen.getByRole('textbox', { name: /Toelichting/ }), 'Past niet in de Groenvisie.');
    await userEvent.click(screen.getByRole('button', { name: 'Beslissing vastleggen' }));

    expect(await screen.findByRole('textbox', { name: /Toelichting/ })).toHaveAccessibleDescription(/Is verplicht bij afwijzen\./);
    expect(screen.getByRole('group', { name: /Uw beslissing/ })).toHaveAccessibleDescription('Deze taak accepteert REJECT niet meer.');
  });

  it.each([
    [403, { status: 403, detail: 'Dit agendapunt hoort niet bij uw afdeling.' }, 'Dit agendapunt hoort niet bij uw afdeling.'],
    [404, { status: 404, detail: 'Deze taak bestaat niet (meer).' }, 'Deze taak bestaat niet meer; misschien heeft een collega haar al afgerond. Ga terug naar Mijn taken.'],
    [409, { status: 409, detail: 'Het agendapunt is intussen veranderd.' }, 'Het agendapunt is intussen veranderd. Laad de taak opnieuw voordat u beslist.'],
  ])('explains a %i in Dutch', async (status, body, message) => {
    taskBackend(REVIEW, () => ({ status, body }));
    renderApp(MANAGER, '/taken/task-1');
    await userEvent.click(await screen.findByRole('radio', { name: 'Goedkeuren' }));
    await userEvent.click(screen.getByRole('button', { name: 'Beslissing vastleggen' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(message);
  });

  it('warns before leaving a half-filled decision', async () => {
    taskBackend(REVIEW, () => ({ status: 200, body: {} }));
    const { router } = renderApp(MANAGER, '/taken/task-1');
    await userEvent.click(await screen.findByRole('radio', { name: 'Terugsturen' }));
    await userEvent.click(screen.getAllByRole('link', { name: 'Terug naar Mijn taken' })[0]);

    expect(await screen.findByRole('alertdialog')).toHaveTextContent('U heeft uw beslissing nog niet vastgelegd');
    expect(router.state.location.pathname).toBe('/taken/task-1');
    await userEvent.click(screen.getByRole('button', { name: 'Pagina verlaten' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/taken'));
  });

  it('says so when the task is no longer open for the user', async () => {
    mockFetch(on('GET', '/api/workflow/v1/tasks/gone', { status: 404, body: { status: 404, title: 'Taak niet gevonden' } }));
    renderApp(MANAGER, '/taken/gone');
    expect(await screen.findByRole('alert')).toHaveTextContent('Deze taak staat niet (meer) open voor u');
  });
});
