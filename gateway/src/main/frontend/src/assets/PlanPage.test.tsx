import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReplacementPlan } from '../api/assets';
import { mockFetch, on, renderApp, STAFF } from '../test/render';
import { OPENAPI, plain, plan, PLANS, SECTION_LOADED } from './fixtures';

const posts = (fetchMock: ReturnType<typeof mockFetch>) =>
  fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST').map(([, init]) => JSON.parse(String(init?.body)));

function backend(compute: (init?: RequestInit) => { status: number; body?: unknown }, saved?: ReplacementPlan) {
  return mockFetch(
    on('GET', '/api/assets/v1/openapi.json', { status: 200, body: OPENAPI }),
    on('POST', PLANS, compute),
    ...(saved ? [on('GET', `${PLANS}/${saved.name}`, { status: 200, body: saved })] : []),
  );
}

async function openForm(path = '/groenareaal/vervangingsplan') {
  const result = renderApp(STAFF, path);
  await screen.findByRole('textbox', { name: 'Looptijd in jaren' }, SECTION_LOADED);
  return result;
}

describe('the replacement plan', () => {
  beforeEach(() => window.sessionStorage.clear());

  it('starts from the council proposal: 20 years of € 280.000, strategies as the API lists them', async () => {
    backend(() => ({ status: 200, body: plan() }));
    await openForm();
    expect(screen.getByRole('textbox', { name: 'Startjaar' })).toHaveValue(String(new Date().getFullYear()));
    expect(screen.getByRole('textbox', { name: 'Looptijd in jaren' })).toHaveValue('20');
    expect(screen.getByRole('textbox', { name: /Budget per jaar/ })).toHaveValue('280000');
    const options = [...screen.getByRole('combobox', { name: 'Volgorde van vervangen' }).querySelectorAll('option')];
    expect(options.map((option) => option.textContent)).toEqual([
      'Oudste eerst: het langst over de levensduur', 'Slechtste conditie eerst (CROW D, C, B, A)', 'Wijken met hittestress eerst',
    ]);
  });

  it('computes the plan, puts its parameters in the link and shows about 10% renewed after 20 years', async () => {
    const fetchMock = backend(() => ({ status: 200, body: plan() }));
    const { router } = await openForm();
    await userEvent.clear(screen.getByRole('textbox', { name: 'Startjaar' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Startjaar' }), '2026');
    await userEvent.click(screen.getByRole('button', { name: 'Berekenen' }));

    const outcome = await screen.findByText(/van het groenareaal vernieuwd/);
    expect(plain(outcome.textContent)).toBe('Na 20 jaar (2045) is 10,0% van het groenareaal vernieuwd.');
    expect(posts(fetchMock)).toEqual([{ startYear: 2026, years: 20, annualBudget: 280000, strategy: 'OLDEST_PAST_END_OF_LIFE_FIRST' }]);
    expect(router.state.location.search).toBe('?startjaar=2026&looptijd=20&budget=280000&strategie=OLDEST_PAST_END_OF_LIFE_FIRST');
    expect(screen.getByRole('heading', { level: 2, name: 'Berekend plan' })).toHaveFocus();
    const rows = screen.getByText(/^Het plan per jaar/).closest('table')!.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(20);
    expect([...rows[19].children].map((cell) => plain(cell.textContent))).toEqual([
      '2045', '€ 280.000', '100', '€ 280.000', '€ 0', '10,0%', '€ 1.000.000', '€ 32.350.000', '22.550',
    ]);
    expect(screen.getByRole('img', { name: /Vervangen tegenover achterstand/ })).toBeInTheDocument();
    expect(screen.getByText(/Geef het hierboven een naam en bewaar het/)).toBeInTheDocument();
  });

  it('shows that the plan computes while it does', async () => {
    let answer: (value: Response) => void = () => {};
    backend(() => ({ status: 200, body: plan() }));
    const fetchMock = vi.mocked(fetch);
    const original = fetchMock.getMockImplementation()!;
    fetchMock.mockImplementation((input, init) => (init?.method === 'POST'
      ? new Promise<Response>((resolve) => { answer = resolve; })
      : original(input, init)));
    await openForm();
    await userEvent.click(screen.getByRole('button', { name: 'Berekenen' }));

    expect(await screen.findByRole('progressbar', { name: 'Voortgang van de berekening' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Bezig met berekenen…' })).toBeDisabled();
    answer(new Response(JSON.stringify(plan()), { status: 200, headers: { 'Content-Type': 'application/json' } }));
    expect(await screen.findByText(/van het groenareaal vernieuwd/)).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('checks every field before anything is sent, next to the field and in a summary', async () => {
    const fetchMock = backend(() => ({ status: 200, body: plan() }));
    await openForm();
    await userEvent.clear(screen.getByRole('textbox', { name: 'Looptijd in jaren' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Looptijd in jaren' }), '0');
    await userEvent.clear(screen.getByRole('textbox', { name: /Budget per jaar/ }));
    await userEvent.type(screen.getByRole('textbox', { name: /Budget per jaar/ }), '280.000,005');
    await userEvent.type(screen.getByRole('textbox', { name: /Naam om het plan te bewaren/ }), 'plan met spaties');
    await userEvent.click(screen.getByRole('button', { name: 'Berekenen en bewaren' }));

    const years = screen.getByRole('textbox', { name: 'Looptijd in jaren' });
    expect(years).toHaveAttribute('aria-invalid', 'true');
    expect(years).toHaveAccessibleDescription(/Vul een looptijd in van 1 tot en met 50 jaar\./);
    expect(screen.getByRole('textbox', { name: /Budget per jaar/ })).toHaveAccessibleDescription(/ten hoogste twee decimalen/);
    expect(screen.getByRole('textbox', { name: /Naam om het plan te bewaren/ })).toHaveAccessibleDescription(/zonder spaties|beginnend met een letter/);
    const summary = screen.getByText('Controleer de invoer:').closest('[tabindex="-1"]');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(summary?.querySelectorAll('li')).toHaveLength(3);
    expect(posts(fetchMock)).toEqual([]);
  });

  it('saves a named plan, opens it under its own link and offers its CSV', async () => {
    const saved = plan({ name: 'raad-2026', savedBy: 'medewerker', savedAt: '2026-11-30T16:16:00Z' });
    const fetchMock = backend(() => ({ status: 201, body: saved }), saved);
    const { router } = await openForm();
    await userEvent.clear(screen.getByRole('textbox', { name: /Budget per jaar/ }));
    await userEvent.type(screen.getByRole('textbox', { name: /Budget per jaar/ }), '€ 560.000');
    await userEvent.type(screen.getByRole('textbox', { name: /Naam om het plan te bewaren/ }), 'raad-2026');
    await userEvent.click(screen.getByRole('button', { name: 'Berekenen en bewaren' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Bewaard plan raad-2026' }, SECTION_LOADED)).toBeInTheDocument();
    expect(posts(fetchMock)[0]).toMatchObject({ annualBudget: 560000, name: 'raad-2026' });
    expect(router.state.location.search).toBe('?plan=raad-2026');
    expect(screen.getByText(/Bewaard door medewerker op 30 november 2026 om 17:16/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download als CSV' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Vergelijk dit plan met een ander bewaard plan' }))
      .toHaveAttribute('href', '/groenareaal/vergelijking?a=raad-2026');
  });

  it('saves a second plan from a saved one and lets the user leave without a warning', async () => {
    const first = plan({ name: 'raad' });
    const second = plan({ name: 'dubbel' }, 560_000);
    mockFetch(
      on('GET', '/api/assets/v1/openapi.json', { status: 200, body: OPENAPI }),
      on('GET', `${PLANS}/raad`, { status: 200, body: first }),
      on('GET', `${PLANS}/dubbel`, { status: 200, body: second }),
      on('POST', PLANS, { status: 201, body: second }),
      (url) => (url.startsWith('/api/assets/v1/summary') || url.startsWith('/api/assets/v1/asset-types') ? { status: 403 } : undefined),
    );
    const { router } = renderApp(STAFF, '/groenareaal/vervangingsplan?plan=raad');
    const budget = await screen.findByRole('textbox', { name: /Budget per jaar/ }, SECTION_LOADED);
    await userEvent.clear(budget);
    await userEvent.type(budget, '560000');
    await userEvent.type(screen.getByRole('textbox', { name: /Naam om het plan te bewaren/ }), 'dubbel');
    await userEvent.click(screen.getByRole('button', { name: 'Berekenen en bewaren' }));
    await screen.findByRole('heading', { level: 2, name: 'Bewaard plan dubbel' }, SECTION_LOADED);
    expect(screen.getByRole('textbox', { name: /Budget per jaar/ })).toHaveValue('560000');

    await userEvent.click(screen.getByRole('link', { name: 'Areaal per wijk' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/groenareaal'));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('tells a taken name next to the name field', async () => {
    backend(() => ({ status: 409, body: { status: 409, detail: "Er is al een plan bewaard onder de naam 'raad'. Kies een andere naam." } }));
    await openForm();
    await userEvent.type(screen.getByRole('textbox', { name: /Naam om het plan te bewaren/ }), 'raad');
    await userEvent.click(screen.getByRole('button', { name: 'Berekenen en bewaren' }));

    const name = screen.getByRole('textbox', { name: /Naam om het plan te bewaren/ });
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription(/Er is al een plan bewaard onder de naam 'raad'\./);
  });

  it('shows the server\'s invalidParams next to the fields they name', async () => {
    backend(() => ({
      status: 400,
      body: { status: 400, invalidParams: [{ name: 'startYear', reason: 'Moet een geheel getal van 2000 tot en met 2100 zijn.' }, { name: 'body', reason: 'Verwacht een JSON-object.' }] },
    }));
    await openForm();
    await userEvent.type(screen.getByRole('textbox', { name: /Naam om het plan te bewaren/ }), 'plan-a');
    await userEvent.click(screen.getByRole('button', { name: 'Berekenen en bewaren' }));

    expect(await screen.findByRole('textbox', { name: 'Startjaar' })).toHaveAccessibleDescription('Moet een geheel getal van 2000 tot en met 2100 zijn.');
    expect(screen.getByRole('alert')).toHaveTextContent('Verwacht een JSON-object.');
  });

  it('opens a saved plan from its link with its parameters in the form', async () => {
    const saved = plan({ name: 'dubbel', savedBy: 'financien', savedAt: '2026-11-30T16:16:00Z' }, 560_000);
    const fetchMock = backend(() => ({ status: 500 }), saved);
    renderApp(STAFF, '/groenareaal/vervangingsplan?plan=dubbel');

    expect(await screen.findByRole('heading', { level: 2, name: 'Bewaard plan dubbel' }, SECTION_LOADED)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Budget per jaar/ })).toHaveValue('560000');
    expect(plain(screen.getByText(/van het groenareaal vernieuwd/).textContent)).toBe('Na 20 jaar (2045) is 20,0% van het groenareaal vernieuwd.');
    expect(posts(fetchMock)).toEqual([]);
  });

  it('downloads a saved plan as CSV and says so', async () => {
    const saved = plan({ name: 'dubbel' });
    mockFetch(
      on('GET', '/api/assets/v1/openapi.json', { status: 200, body: OPENAPI }),
      (url, init) => (url === `${PLANS}/dubbel` && new Headers(init?.headers).get('Accept') === 'text/csv'
        ? { status: 200, body: 'year;budget', contentType: 'text/csv' } : undefined),
      on('GET', `${PLANS}/dubbel`, { status: 200, body: saved }),
    );
    const createObjectURL = vi.fn(() => 'blob:plan');
    // jsdom makes no object URLs and follows no download links.
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderApp(STAFF, '/groenareaal/vervangingsplan?plan=dubbel');
    await userEvent.click(await screen.findByRole('button', { name: 'Download als CSV' }, SECTION_LOADED));

    expect(await screen.findByText('dubbel.csv is gedownload.')).toBeInTheDocument();
    expect(createObjectURL).toHaveBeenCalled();
    expect(click).toHaveBeenCalled();
    click.mockRestore();
  });
});
