import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { COUNCIL, MANAGER, mockFetch, on, page, renderApp, STAFF } from '../test/render';

const REPORT = {
  title: 'Uitvoeringsagenda',
  years: [2026, 2027],
  rows: [
    { id: 'a', title: 'Bomen', status: 'Ingediend', trafficLight: 'Groen', total: 10000 },
    { id: 'b', title: 'Wadi', status: 'Ingediend', trafficLight: 'Rood', total: 7124 },
    { id: 'c', title: 'Park', status: 'In uitvoering', trafficLight: 'Oranje', total: 0 },
  ],
  yearTotals: { 2026: 12000, 2027: 5124 },
  grandTotal: 17124,
  containsExamples: false,
};

const OVERVIEW = {
  fromYear: 2026,
  toYear: 2026,
  unit: 'EUR',
  lines: [
    { code: 'GR-01', name: 'Openbaar groen', years: [], total: { year: null, budget: 100000, reserved: 82876, realised: 0, available: 17124, pendingClaims: 0 } },
  ],
  total: { year: null, budget: 100000, reserved: 82876, realised: 0, available: 17124, pendingClaims: 0 },
};

const TASK = {
  id: 't1', name: 'Agendapunt beoordelen', agendaItemId: 'a', processInstanceId: 'p', created: '2026-03-02T09:00:00Z',
  due: null, assignee: null, decisions: ['APPROVE', 'RETURN', 'REJECT'], reminderSince: '2026-03-16T09:00:00Z',
};

const plain = (text: string | null) => (text ?? '').replace(/\u00a0/g, ' ');

describe('Overzicht', () => {
  it('shows a manager the open tasks, the agenda per status and traffic light, and the budget per line', async () => {
    const fetchMock = mockFetch(
      on('GET', '/api/workflow/v1/tasks', { status: 200, body: { ...page([TASK]), totalItems: 7 } }),
      on('GET', '/api/agenda/v1/reports/agenda', { status: 200, body: REPORT }),
      on('GET', '/api/budget/v1/overview', { status: 200, body: OVERVIEW }),
    );
    renderApp(MANAGER, '/');

    const tasks = await screen.findByRole('region', { name: 'Mijn open taken' });
    expect(await within(tasks).findByText('7')).toBeInTheDocument();
    expect(within(tasks).getByRole('link', { name: 'Agendapunt beoordelen' })).toHaveAttribute('href', '/taken/t1');
    expect(within(tasks).getByText('(termijn verstreken)')).toBeInTheDocument();

    const perStatus = await screen.findByRole('table', { name: 'Agendapunten per status en stoplicht' });
    const submitted = within(perStatus).getByRole('rowheader', { name: 'Ingediend' }).closest('tr')!;
    expect(submitted).toHaveTextContent('Ingediend2101');

    const budget = await screen.findByRole('table', { name: /Per begrotingspost/ });
    expect(plain(within(budget).getByRole('rowheader', { name: /Openbaar groen/ }).closest('tr')!.textContent))
      .toBe('Openbaar groen (GR-01)€ 100.000€ 82.876€ 17.124');

    const year = new Date().getFullYear();
    expect(fetchMock).toHaveBeenCalledWith(`/api/budget/v1/overview?fromYear=${year}&toYear=${year}`, expect.anything());
  });

  it('does not ask the task list for staff without tasks', async () => {
    const fetchMock = mockFetch(
      on('GET', '/api/agenda/v1/reports/agenda', { status: 200, body: REPORT }),
      on('GET', '/api/budget/v1/overview', { status: 200, body: OVERVIEW }),
    );
    renderApp(STAFF, '/');
    await screen.findByRole('table', { name: /Per begrotingspost/ });
    expect(fetchMock.mock.calls.some(([url]) => String(url).includes('/tasks'))).toBe(false);
    expect(screen.queryByRole('region', { name: 'Mijn open taken' })).not.toBeInTheDocument();
  });

  it('explains a refused budget overview in Dutch instead of leaving it blank', async () => {
    mockFetch(
      on('GET', '/api/agenda/v1/reports/agenda', { status: 200, body: REPORT }),
      on('GET', '/api/budget/v1/overview', { status: 403, body: { status: 403, title: 'Geen toegang' } }),
    );
    renderApp(COUNCIL, '/');
    const budget = await screen.findByRole('region', { name: /Budget/ });
    expect(await within(budget).findByText('Het budgetoverzicht is niet beschikbaar voor uw rol.')).toBeInTheDocument();
  });

  it('says a service is unavailable when the gateway cannot reach it', async () => {
    mockFetch(
      on('GET', '/api/agenda/v1/reports/agenda', { status: 503, body: { status: 503, title: 'Dienst niet beschikbaar' } }),
      on('GET', '/api/budget/v1/overview', { status: 200, body: OVERVIEW }),
    );
    renderApp(STAFF, '/');
    expect(await screen.findByRole('alert')).toHaveTextContent('De uitvoeringsagenda is op dit moment niet beschikbaar. Probeer het later opnieuw.');
  });
});
