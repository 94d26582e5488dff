import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Cycle } from '../api/budget';
import { FINANCE, mockFetch, on, page, renderApp } from '../test/render';
import { CLAIM, CYCLE } from './testData';

const plain = (text: string | null) => (text ?? '').replace(/\u00a0/g, ' ').trim();
const CYCLES = '/api/budget/v1/kaderbrief-cycles';
const DECIDED = { ...CLAIM, status: 'HONOURED', decisionReference: 'Raadsbesluit 2026-7', decidedBy: 'financien', decidedAt: '2026-07-01T18:00:00Z' };

function cycleBackend(cycle: Cycle, decision: { workflow: number; budget?: number; body?: unknown }) {
  let decided = false;
  return mockFetch(
    on('GET', `${CYCLES}/2026`, { status: 200, body: cycle }),
    on('GET', `${CYCLES}/2026/claims`, () => ({ status: 200, body: page([decided ? DECIDED : CLAIM]) })),
    on('GET', `${CYCLES}/2026/amendments`, { status: 200, body: page([]) }),
    on('POST', '/api/workflow/v1/kaderbrief-cycles/2026/decisions', () => {
      if (decision.workflow === 200) decided = true;
      return { status: decision.workflow, body: decision.workflow === 200 ? { claim: DECIDED, amendments: [] } : decision.body ?? { status: decision.workflow } };
    }),
    on('POST', `${CYCLES}/2026/decisions`, () => {
      decided = decision.budget === 200;
      return { status: decision.budget ?? 500, body: decided ? { claim: DECIDED, amendments: [] } : decision.body };
    }),
    on('POST', `${CYCLES}/2026/status`, (init) => ({ status: 200, body: { ...cycle, status: JSON.parse(String(init?.body)).status } })),
    on('GET', CYCLES, { status: 200, body: page([cycle]) }),
  );
}

const posted = (fetchMock: ReturnType<typeof mockFetch>, url: string) =>
  fetchMock.mock.calls.filter(([called, init]) => called === url && init?.method === 'POST').map(([, init]) => JSON.parse(String(init?.body)));

describe('a Kaderbrief cycle', () => {
  beforeEach(() => window.sessionStorage.clear());

  it('is listed with its status and dates in Dutch', async () => {
    cycleBackend(CYCLE, { workflow: 404 });
    renderApp(FINANCE, '/begroting/kaderbrief');
    const link = await screen.findByRole('link', { name: 'Kaderbrief 2026' }, { timeout: 5000 });
    expect(plain(link.closest('tr')?.textContent ?? '')).toBe('Kaderbrief 2026Bij de raad27 februari 202612 mei 20261 juli 2026');
  });

  it('records an honoured claim through the workflow when an approval waits for it', async () => {
    const fetchMock = cycleBackend(CYCLE, { workflow: 200 });
    renderApp(FINANCE, '/begroting/kaderbrief/2026');
    await userEvent.click(await screen.findByRole('button', { name: 'Besluit vastleggen over de claim op GROEN-MEEDOEN' }, { timeout: 5000 }));
    await userEvent.click(screen.getByRole('radio', { name: 'Gehonoreerd' }));
    await userEvent.type(screen.getByRole('textbox', { name: /Raadsbesluit/ }), 'Raadsbesluit 2026-7');
    await userEvent.click(screen.getByRole('button', { name: 'Besluit vastleggen' }));

    expect(await screen.findByText('Het besluit "Gehonoreerd" over de claim op GROEN-MEEDOEN is vastgelegd.')).toBeInTheDocument();
    expect(posted(fetchMock, '/api/workflow/v1/kaderbrief-cycles/2026/decisions'))
      .toEqual([{ claimId: CLAIM.id, outcome: 'HONOURED', reference: 'Raadsbesluit 2026-7' }]);
    expect(posted(fetchMock, `${CYCLES}/2026/decisions`)).toEqual([]);
    const claims = await screen.findByRole('table', { name: /Claims in Kaderbrief 2026/ });
    await waitFor(() => expect(plain(claims.textContent)).toContain('Besluit: Raadsbesluit 2026-7'));
  });

  it('records a decision on a claim filed by hand directly in the budget', async () => {
    const fetchMock = cycleBackend(CYCLE, { workflow: 404, budget: 200 });
    renderApp(FINANCE, `/begroting/kaderbrief/2026?claim=${CLAIM.id}`);
    await userEvent.click(await screen.findByRole('radio', { name: 'Deels gehonoreerd' }, { timeout: 5000 }));
    const amount2028 = screen.getByRole('textbox', { name: 'Toegekend voor 2028' });
    await userEvent.clear(amount2028);
    await userEvent.type(amount2028, '0');
    await userEvent.type(screen.getByRole('textbox', { name: /Raadsbesluit/ }), 'Raadsbesluit 2026-8');
    await userEvent.click(screen.getByRole('button', { name: 'Besluit vastleggen' }));

    await screen.findByText(/is vastgelegd/);
    expect(posted(fetchMock, `${CYCLES}/2026/decisions`)).toEqual([{
      claimId: CLAIM.id, outcome: 'PARTLY_HONOURED', reference: 'Raadsbesluit 2026-8',
      amounts: [{ year: 2027, amount: 125000 }, { year: 2028, amount: 0 }],
    }]);
  });

  it('asks for what is missing: the outcome, the reference, and for a refusal what happens next', async () => {
    const fetchMock = cycleBackend(CYCLE, { workflow: 404 });
    renderApp(FINANCE, `/begroting/kaderbrief/2026?claim=${CLAIM.id}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Besluit vastleggen' }, { timeout: 5000 }));
    expect(screen.getByRole('group', { name: /Besluit van de raad/ })).toHaveAccessibleDescription('Kies het besluit van de raad.');
    expect(screen.getByRole('textbox', { name: /Raadsbesluit/ })).toHaveAttribute('aria-invalid', 'true');

    await userEvent.click(screen.getByRole('radio', { name: 'Afgewezen' }));
    await userEvent.type(screen.getByRole('textbox', { name: /Raadsbesluit/ }), 'Raadsbesluit 2026-9');
    await userEvent.click(screen.getByRole('button', { name: 'Besluit vastleggen' }));
    expect(screen.getByRole('group', { name: /Wat gebeurt er met het agendapunt/ })).toHaveAccessibleDescription('Kies wat er met het agendapunt gebeurt.');
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);
  });

  it('refuses to grant more than was asked', async () => {
    cycleBackend(CYCLE, { workflow: 404 });
    renderApp(FINANCE, `/begroting/kaderbrief/2026?claim=${CLAIM.id}`);
    await userEvent.click(await screen.findByRole('radio', { name: 'Deels gehonoreerd' }, { timeout: 5000 }));
    const amount2027 = screen.getByRole('textbox', { name: 'Toegekend voor 2027' });
    await userEvent.clear(amount2027);
    await userEvent.type(amount2027, '130.000');
    await userEvent.click(screen.getByRole('button', { name: 'Besluit vastleggen' }));
    expect(amount2027).toHaveAccessibleDescription(/Hoogstens het gevraagde bedrag, €\s125\.000\./);
  });

  it('shows the server\'s objection at the year it names', async () => {
    cycleBackend(CYCLE, { workflow: 404, budget: 400, body: { status: 400, invalidParams: [{ name: 'amounts[year=2028].amount', reason: 'Mag niet meer zijn dan gevraagd: 125000.00.' }] } });
    renderApp(FINANCE, `/begroting/kaderbrief/2026?claim=${CLAIM.id}`);
    await userEvent.click(await screen.findByRole('radio', { name: 'Deels gehonoreerd' }, { timeout: 5000 }));
    await userEvent.type(screen.getByRole('textbox', { name: /Raadsbesluit/ }), 'Raadsbesluit 2026-8');
    await userEvent.click(screen.getByRole('button', { name: 'Besluit vastleggen' }));
    expect(await screen.findByRole('textbox', { name: 'Toegekend voor 2028' })).toHaveAccessibleDescription(/Mag niet meer zijn dan gevraagd/);
  });

  it('explains a 409', async () => {
    cycleBackend(CYCLE, { workflow: 409, body: { status: 409, detail: 'Over claim 5f0c is al besloten.' } });
    renderApp(FINANCE, `/begroting/kaderbrief/2026?claim=${CLAIM.id}`);
    await userEvent.click(await screen.findByRole('radio', { name: 'Gehonoreerd' }, { timeout: 5000 }));
    await userEvent.type(screen.getByRole('textbox', { name: /Raadsbesluit/ }), 'Raadsbesluit 2026-7');
    await userEvent.click(screen.getByRole('button', { name: 'Besluit vastleggen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Over claim 5f0c is al besloten. Laad de pagina opnieuw');
  });

  it('offers no decision before the Kaderbrief is with the council, but the next status', async () => {
    cycleBackend({ ...CYCLE, status: 'OPEN' }, { workflow: 404 });
    renderApp(FINANCE, '/begroting/kaderbrief/2026');
    const claims = await screen.findByRole('table', { name: /Claims in Kaderbrief 2026/ }, { timeout: 5000 });
    expect(within(claims).queryByRole('button')).toBeNull();
    expect(screen.getByText('Besluiten van de raad legt u vast zodra de Kaderbrief bij de raad ligt.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Naar status "Bij het college"' })).toBeInTheDocument();
  });

  it('moves the Kaderbrief one step on, with the reason', async () => {
    const fetchMock = cycleBackend({ ...CYCLE, status: 'OPEN' }, { workflow: 404 });
    renderApp(FINANCE, '/begroting/kaderbrief/2026');
    await userEvent.type(await screen.findByRole('textbox', { name: /Toelichting bij de statuswijziging/ }, { timeout: 5000 }), 'Claims gebundeld');
    await userEvent.click(screen.getByRole('button', { name: 'Naar status "Bij het college"' }));

    expect(await screen.findByText('Kaderbrief 2026 staat nu op "Bij het college".')).toBeInTheDocument();
    expect(posted(fetchMock, `${CYCLES}/2026/status`)).toEqual([{ status: 'SENT_TO_COLLEGE', reason: 'Claims gebundeld' }]);
  });
});
