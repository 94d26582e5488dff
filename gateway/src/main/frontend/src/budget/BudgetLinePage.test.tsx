import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { FINANCE, mockFetch, on, renderApp } from '../test/render';
import { HISTORY, LINE } from './testData';

const plain = (text: string | null) => (text ?? '').replace(/\u00a0/g, ' ').trim();
const LINE_URL = '/api/budget/v1/budget-lines/GROEN-STEENBREEK';
const ACTUALS = {
  budgetLineCode: 'GROEN-STEENBREEK', year: 2027, budget: 10000, reserved: 2500, realised: 0, available: 7500, actuals: 1234.56, remaining: 8765.44,
  months: Array.from({ length: 12 }, (_, index) => ({
    month: index + 1, actual: index === 2 ? 1234.56 : 0, cumulative: index >= 2 ? 1234.56 : 0, remaining: index >= 2 ? 8765.44 : 10000,
  })),
};

function lineBackend(put: (init?: RequestInit) => { status: number; body?: unknown }) {
  return mockFetch(
    on('GET', LINE_URL, { status: 200, body: LINE }),
    on('GET', `${LINE_URL}/history`, { status: 200, body: HISTORY }),
    on('PUT', `${LINE_URL}/years/2027`, put),
    on('GET', '/api/budget/v1/actuals', { status: 200, body: ACTUALS }),
  );
}

const sent = (fetchMock: ReturnType<typeof mockFetch>) =>
  fetchMock.mock.calls.filter(([, init]) => init?.method === 'PUT').map(([, init]) => JSON.parse(String(init?.body)));

describe('a budget line', () => {
  beforeEach(() => window.sessionStorage.clear());

  it('shows its facts, its years and who changed what, when and why', async () => {
    lineBackend(() => ({ status: 200, body: LINE }));
    renderApp(FINANCE, '/begroting/regels/GROEN-STEENBREEK');

    expect(await screen.findByRole('heading', { level: 1, name: 'Steenbreek (GROEN-STEENBREEK)' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText('7.4 Milieubeheer')).toBeInTheDocument();
    expect(screen.getByText('Openbare Ruimte')).toBeInTheDocument();
    const row = within(screen.getByRole('table', { name: /Bedragen per jaar/ })).getByRole('rowheader', { name: '2027' }).closest('tr');
    expect(plain(row?.textContent ?? '')).toBe('2027Vastgesteld€ 10.000€ 0€ 10.000€ 0€ 2.500€ 0€ 7.5008Wijzig 2027');
    const history = await screen.findByRole('table', { name: /Wijzigingen/ });
    expect(plain(history.textContent)).toContain('financien');
    expect(plain(history.textContent)).toContain('structurele lasten € 8.000 → € 10.000');
    expect(plain(history.textContent)).toContain('Begrotingswijziging 2026-3');
    expect(plain(history.textContent)).toContain('1 maart 2026 om 09:15');
  });

  it('shows the actuals booked per month against the year\'s budget', async () => {
    const fetchMock = lineBackend(() => ({ status: 200, body: LINE }));
    renderApp(FINANCE, '/begroting/regels/GROEN-STEENBREEK');
    const months = await screen.findByRole('table', { name: 'Boekingen per maand in 2027, in euro\'s' }, { timeout: 5000 });
    expect(plain(within(months).getByRole('rowheader', { name: 'maart' }).closest('tr')?.textContent ?? '')).toBe('maart€ 1.234,56€ 1.234,56€ 8.765,44');
    expect(screen.getByText(/Begroot € 10.000, geboekt € 1.234,56, resteert € 8.765,44\./)).toBeInTheDocument();
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toContain('/api/budget/v1/actuals?budgetLineCode=GROEN-STEENBREEK&year=2027');
  });

  it('will not change a year without a reason, and says what is missing next to each field', async () => {
    const fetchMock = lineBackend(() => ({ status: 200, body: LINE }));
    renderApp(FINANCE, '/begroting/regels/GROEN-STEENBREEK');
    await userEvent.click(await screen.findByRole('button', { name: 'Wijzig 2027' }));
    const structural = screen.getByRole('textbox', { name: /Structurele lasten/ });
    expect(structural).toHaveValue('10.000');
    await userEvent.clear(structural);
    await userEvent.type(structural, 'veel');
    await userEvent.click(screen.getByRole('button', { name: 'Bedragen vastleggen' }));

    expect(structural).toHaveAttribute('aria-invalid', 'true');
    expect(structural).toHaveAccessibleDescription(/Vul een bedrag in euro's in/);
    expect(screen.getByRole('textbox', { name: /Reden van de wijziging/ })).toHaveAccessibleDescription(/Geef de reden van de wijziging/);
    expect(screen.getByRole('alert')).toHaveTextContent('Controleer de invoer');
    expect(sent(fetchMock)).toEqual([]);
  });

  it('sends Dutch amounts as numbers with the reason, and confirms', async () => {
    const fetchMock = lineBackend(() => ({ status: 200, body: LINE }));
    const { router } = renderApp(FINANCE, '/begroting/regels/GROEN-STEENBREEK?jaar=2027');
    const structural = await screen.findByRole('textbox', { name: /Structurele lasten/ });
    await userEvent.clear(structural);
    await userEvent.type(structural, '12.500,50');
    await userEvent.click(screen.getByRole('radio', { name: 'Af te wegen in Kaderbrief' }));
    await userEvent.type(screen.getByRole('textbox', { name: /Af te wegen in de Kaderbrief van/ }), '2026');
    await userEvent.type(screen.getByRole('textbox', { name: /Reden van de wijziging/ }), 'Raadsbesluit 2026-12');
    await userEvent.click(screen.getByRole('button', { name: 'Bedragen vastleggen' }));

    expect(await screen.findByText('De bedragen voor 2027 van Steenbreek zijn vastgelegd.')).toBeInTheDocument();
    expect(sent(fetchMock)).toEqual([{
      expensesStructural: 12500.5, expensesOneOff: 0, status: 'TO_BE_WEIGHED', kaderbriefYear: 2026, staffHoursPerWeek: 8, reason: 'Raadsbesluit 2026-12',
    }]);
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('shows the server\'s objections next to the fields they name', async () => {
    lineBackend(() => ({
      status: 400,
      body: { status: 400, title: 'Ongeldige invoer', invalidParams: [
        { name: 'expensesOneOff', reason: 'Structureel plus incidenteel mag hoogstens 999999999999.99 zijn.' },
        { name: 'year', reason: 'Moet een begrotingsjaar van 2024 tot en met 2044 zijn.' },
      ] },
    }));
    renderApp(FINANCE, '/begroting/regels/GROEN-STEENBREEK?jaar=2027');
    await userEvent.type(await screen.findByRole('textbox', { name: /Reden van de wijziging/ }), 'Correctie');
    await userEvent.click(screen.getByRole('button', { name: 'Bedragen vastleggen' }));

    expect(await screen.findByRole('textbox', { name: /Incidentele lasten/ })).toHaveAccessibleDescription(/Structureel plus incidenteel mag hoogstens/);
    expect(screen.getByRole('alert')).toHaveTextContent('year: Moet een begrotingsjaar van 2024 tot en met 2044 zijn.');
  });

  it('explains a budget below what is already reserved', async () => {
    lineBackend(() => ({
      status: 409,
      body: { status: 409, title: 'Budget lager dan gereserveerd en gerealiseerd', detail: 'Het nieuwe budget ...', reserved: 2500, realised: 0, shortfall: 1500 },
    }));
    renderApp(FINANCE, '/begroting/regels/GROEN-STEENBREEK?jaar=2027');
    const structural = await screen.findByRole('textbox', { name: /Structurele lasten/ });
    await userEvent.clear(structural);
    await userEvent.type(structural, '1000');
    await userEvent.type(screen.getByRole('textbox', { name: /Reden van de wijziging/ }), 'Bezuiniging');
    await userEvent.click(screen.getByRole('button', { name: 'Bedragen vastleggen' }));

    expect(plain((await screen.findByRole('alert')).textContent)).toContain('gereserveerd € 2.500 en gerealiseerd € 0. Er komt € 1.500 tekort.');
  });

  it('keeps what was typed when the page is opened again, e.g. after logging in anew', async () => {
    lineBackend(() => ({ status: 200, body: LINE }));
    const first = renderApp(FINANCE, '/begroting/regels/GROEN-STEENBREEK?jaar=2027');
    await userEvent.type(await screen.findByRole('textbox', { name: /Reden van de wijziging/ }), 'Half af');
    first.unmount();

    renderApp(FINANCE, '/begroting/regels/GROEN-STEENBREEK?jaar=2027');
    expect(await screen.findByRole('textbox', { name: /Reden van de wijziging/ })).toHaveValue('Half af');
    expect(screen.getByText(/U ziet de wijziging die u eerder begon/)).toBeInTheDocument();
  });

  it('warns before leaving unsaved amounts', async () => {
    lineBackend(() => ({ status: 200, body: LINE }));
    const { router } = renderApp(FINANCE, '/begroting/regels/GROEN-STEENBREEK?jaar=2027');
    await userEvent.type(await screen.findByRole('textbox', { name: /Reden van de wijziging/ }), 'Nog bezig');
    await userEvent.click(screen.getAllByRole('link', { name: 'Terug naar het meerjarenoverzicht' })[0]);

    expect(await screen.findByRole('alertdialog')).toHaveTextContent('U heeft de bedragen voor 2027 nog niet vastgelegd.');
    expect(router.state.location.pathname).toBe('/begroting/regels/GROEN-STEENBREEK');
  });

  it('says so when the line does not exist', async () => {
    mockFetch(on('GET', '/api/budget/v1/budget-lines/ONBEKEND', { status: 404, body: { status: 404, detail: 'Er is geen begrotingsregel met deze code.' } }));
    renderApp(FINANCE, '/begroting/regels/ONBEKEND');
    expect(await screen.findByRole('alert')).toHaveTextContent('Er is geen begrotingsregel met deze code.');
  });
});
