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

const YEAR = new Date().getFullYear();

/** The reads behind the key figures: one investment line with a schedule, and the register's summary. */
const KEY_FIGURES = [
  on('GET', '/api/assets/v1/summary', { status: 200, body: { totalReplacementValue: 55723051.23, totalCount: 53593, synthetic: true, groups: [] } }),
  on('GET', '/api/budget/v1/budget-lines', {
    status: 200,
    body: page([
      { code: 'GROEN-VERVANGING', name: 'Vervangingsbudget groen', kind: 'INVESTMENT' },
      { code: 'GROEN-ONDERHOUD', name: 'Onderhoud', kind: 'OPERATING' },
    ]),
  }),
  on('GET', '/api/budget/v1/budget-lines/GROEN-VERVANGING', {
    status: 200,
    body: {
      code: 'GROEN-VERVANGING',
      name: 'Vervangingsbudget groen',
      years: [{ year: YEAR - 1, realised: 250000 }, { year: YEAR, realised: 30000 }, { year: YEAR + 1, realised: 99999 }],
      capitalChargeSchedule: [{ year: YEAR, capitalCharges: 17123.88 }, { year: YEAR + 1, capitalCharges: 34247.76 }],
    },
  }),
];

const plain = (text: string | null) => (text ?? '').replace(/\u00a0/g, ' ');

describe('Overzicht', () => {
  it('shows a manager the open tasks, the agenda per status and traffic light, and the budget per line', async () => {
    const fetchMock = mockFetch(
      ...KEY_FIGURES,
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
      ...KEY_FIGURES,
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
      ...KEY_FIGURES,
      on('GET', '/api/agenda/v1/reports/agenda', { status: 200, body: REPORT }),
      on('GET', '/api/budget/v1/overview', { status: 403, body: { status: 403, title: 'Geen toegang' } }),
    );
    renderApp(COUNCIL, '/');
    const budget = await screen.findByRole('region', { name: /Budget/ });
    expect(await within(budget).findByText('Het budgetoverzicht is niet beschikbaar voor uw rol.')).toBeInTheDocument();
  });

  it('says a service is unavailable when the gateway cannot reach it', async () => {
    mockFetch(
      ...KEY_FIGURES,
      on('GET', '/api/agenda/v1/reports/agenda', { status: 503, body: { status: 503, title: 'Dienst niet beschikbaar' } }),
      on('GET', '/api/budget/v1/overview', { status: 200, body: OVERVIEW }),
    );
    renderApp(STAFF, '/');
    expect(await screen.findByRole('alert')).toHaveTextContent('De uitvoeringsagenda is op dit moment niet beschikbaar. Probeer het later opnieuw.');
  });

  it("shows the proposal's key figures: the stock's value, what was renewed up to this year and the capital charges", async () => {
    mockFetch(
      ...KEY_FIGURES,
      on('GET', '/api/agenda/v1/reports/agenda', { status: 200, body: REPORT }),
      on('GET', '/api/budget/v1/overview', { status: 200, body: OVERVIEW }),
    );
    renderApp(STAFF, '/');
    const figures = await screen.findByRole('region', { name: 'Kerncijfers Groenvisie' });
    await within(figures).findByText('Vervangingswaarde groenareaal');
    expect(plain(figures.textContent)).toContain('€ 55.723.051 (synthetisch register)');
    expect(plain(figures.textContent)).toContain(`Vernieuwd tot en met ${YEAR}€ 280.000 (0,5% van het areaal)`);
    expect(plain(figures.textContent)).toContain(`Kapitaallasten in ${YEAR}€ 17.124`);
  });

  it("still shows the budget's key figures to a role that may not read the register", async () => {
    mockFetch(
      on('GET', '/api/assets/v1/summary', { status: 403, body: { status: 403, title: 'Geen toegang' } }),
      ...KEY_FIGURES.slice(1),
      on('GET', '/api/agenda/v1/reports/agenda', { status: 200, body: REPORT }),
      on('GET', '/api/budget/v1/overview', { status: 200, body: OVERVIEW }),
    );
    renderApp(STAFF, '/');
    const figures = await screen.findByRole('region', { name: 'Kerncijfers Groenvisie' });
    expect(await within(figures).findByText('niet beschikbaar voor uw rol')).toBeInTheDocument();
    expect(plain(figures.textContent)).toContain(`Kapitaallasten in ${YEAR}€ 17.124`);
  });
});
