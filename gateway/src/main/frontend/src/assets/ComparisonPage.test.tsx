import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SavedPlanSummary } from '../api/assets';
import { mockFetch, on, page, renderApp, STAFF } from '../test/render';
import { comparison, plain, plan, PLANS, SAVED_PLANS, savedPlan, SECTION_LOADED } from './fixtures';

/** GET /replacement-plans, the list of saved plans that the page always asks for. */
const listed = (plans: SavedPlanSummary[] = SAVED_PLANS) => on('GET', PLANS, { status: 200, body: page(plans) });

const savedTable = () => screen.findByRole('table', { name: /^Bewaarde plannen, de nieuwste eerst/ }, SECTION_LOADED);

describe('two plans compared', () => {
  it('shows both plans side by side with the difference B minus A, from a shareable link', async () => {
    const fetchMock = mockFetch(listed(), on('GET', `${PLANS}/comparison`, { status: 200, body: comparison('raad', 'dubbel') }));
    renderApp(STAFF, '/groenareaal/vergelijking?a=raad&b=dubbel');

    expect(await screen.findByRole('heading', { level: 2, name: 'raad (A) tegenover dubbel (B)' }, SECTION_LOADED)).toBeInTheDocument();
    expect(fetchMock.mock.calls.map(([url]) => String(url)).sort())
      .toEqual([`${PLANS}/comparison?a=raad&b=dubbel`, `${PLANS}?page=1&pageSize=100`]);
    const sides = screen.getByText(/^De plannen naast elkaar/).closest('table')!;
    expect(plain(within(sides).getByText('Budget per jaar').closest('tr')?.textContent)).toBe('Budget per jaar€ 280.000€ 560.000+ € 280.000');
    expect(plain(within(sides).getByText('Vernieuwd deel van het groenareaal').closest('tr')?.textContent))
      .toBe('Vernieuwd deel van het groenareaal10,0%20,0%+10,0 procentpunt');
    expect(plain(within(sides).getByText('Achterstand aan het eind').closest('tr')?.textContent)).toMatch(/- € 5\.600\.000$/);
    const years = screen.getByText(/^Per jaar: plan A/).closest('table')!;
    expect(years.querySelectorAll('tbody tr')).toHaveLength(20);
    expect(plain(years.querySelector('tbody tr')?.textContent)).toBe('2026€ 280.000€ 560.000€ 20.000.000€ 19.720.000- € 280.0000,5%1,0%+0,5 procentpunt');
    expect(screen.getByRole('img', { name: /Achterstand per jaar/ })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Vernieuwd deel van het groenareaal/ })).toBeInTheDocument();
    expect(screen.getByText('Synthetisch')).toBeInTheDocument();
    // The list is folded away while a comparison is shown; unfolded, the plans of the link are the chosen ones.
    const folded = screen.getByText('Lijst met bewaarde plannen tonen').closest('details')!;
    expect(folded).not.toHaveAttribute('open');
    await userEvent.click(screen.getByText('Lijst met bewaarde plannen tonen'));
    expect(folded).toHaveAttribute('open');
    expect(within(await savedTable()).getByRole('button', { name: 'Als A kiezen: raad' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Als B kiezen: dubbel' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('lists the saved plans newest first, and a plan picked as A or B fills that field', async () => {
    mockFetch(listed(), on('GET', `${PLANS}/comparison`, { status: 200, body: comparison('raad', 'dubbel') }));
    const { router } = renderApp(STAFF, '/groenareaal/vergelijking');
    const table = await savedTable();

    expect(screen.getByText('Er zijn 2 plannen bewaard, de nieuwste staan bovenaan.')).toBeInTheDocument();
    expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['dubbel', 'raad']);
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      'Naam', 'Strategie', 'Budget per jaar', 'Startjaar', 'Jaren', 'Vernieuwd deel', 'Bewaard door', 'Bewaard op', 'Kiezen',
    ]);
    const [first] = within(table).getAllByRole('row').slice(1);
    expect([...first.querySelectorAll('td')].slice(0, 7).map((cell) => plain(cell.textContent))).toEqual([
      'Slechtste conditie eerst (CROW D, C, B, A)', '€ 560.000', '2026', '20', '20,0%', 'financieel-adviseur', '1 december 2026 om 10:30',
    ]);
    expect(within(table).getByText('synthetisch')).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'raad' })).toHaveAttribute('href', '/groenareaal/vervangingsplan?plan=raad');

    await userEvent.click(screen.getByRole('button', { name: 'Als A kiezen: raad' }));
    await userEvent.click(screen.getByRole('button', { name: 'Als B kiezen: raad' }));
    await userEvent.click(screen.getByRole('button', { name: 'Als B kiezen: dubbel' }));
    expect(screen.getByRole('combobox', { name: 'Eerste plan (A)' })).toHaveValue('raad');
    expect(screen.getByRole('combobox', { name: 'Tweede plan (B)' })).toHaveValue('dubbel');
    expect(screen.getByRole('button', { name: 'Als A kiezen: raad' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Als B kiezen: raad' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('button', { name: 'Als A kiezen: dubbel' })).toHaveAttribute('aria-pressed', 'false');

    await userEvent.click(screen.getByRole('button', { name: 'Vergelijken' }));
    await waitFor(() => expect(router.state.location.search).toBe('?a=raad&b=dubbel'));
    expect(await screen.findByRole('heading', { level: 2, name: 'raad (A) tegenover dubbel (B)' })).toBeInTheDocument();
  });

  it('takes a picked plan back when its button is pressed again', async () => {
    mockFetch(listed());
    renderApp(STAFF, '/groenareaal/vergelijking');
    await savedTable();
    const pick = screen.getByRole('button', { name: 'Als A kiezen: dubbel' });
    await userEvent.click(pick);
    expect(screen.getByRole('combobox', { name: 'Eerste plan (A)' })).toHaveValue('dubbel');
    await userEvent.click(pick);
    expect(screen.getByRole('combobox', { name: 'Eerste plan (A)' })).toHaveValue('');
    expect(pick).toHaveAttribute('aria-pressed', 'false');
  });

  it('asks for both names before comparing, and suggests the saved plans while typing', async () => {
    const fetchMock = mockFetch(listed());
    const { router } = renderApp(STAFF, '/groenareaal/vergelijking');
    const first = await screen.findByRole('combobox', { name: 'Eerste plan (A)' }, SECTION_LOADED);
    expect([...document.querySelectorAll(`#${CSS.escape(first.getAttribute('list')!)} option`)].map((o) => o.getAttribute('value')))
      .toEqual(['dubbel', 'raad']);
    await userEvent.type(first, 'raad');
    await userEvent.click(screen.getByRole('button', { name: 'Vergelijken' }));

    const second = screen.getByRole('combobox', { name: 'Tweede plan (B)' });
    expect(second).toHaveAccessibleDescription(/Vul de naam van het tweede plan in\./);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(router.state.location.search).toBe('');

    // Picking the plan from the list answers the question as typing it would.
    await userEvent.click(screen.getByRole('button', { name: 'Als B kiezen: dubbel' }));
    expect(second).toHaveValue('dubbel');
    expect(second).not.toHaveAccessibleDescription(/Vul de naam/);
  });

  it('says that no plans have been saved yet; the names can still be typed', async () => {
    mockFetch(listed([]));
    renderApp(STAFF, '/groenareaal/vergelijking');

    expect(await screen.findByText(/^Er zijn nog geen plannen bewaard\./, {}, SECTION_LOADED)).toHaveTextContent(
      'Er zijn nog geen plannen bewaard. Een plan bewaart u bij Vervangingsplan.',
    );
    expect(within(screen.getByRole('region', { name: 'Bewaarde plannen' })).getByRole('link', { name: 'Vervangingsplan' })).toHaveAttribute('href', '/groenareaal/vervangingsplan');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Eerste plan (A)' })).not.toHaveAttribute('list');
    expect(screen.getByRole('heading', { level: 2, name: 'Nog geen plannen om te vergelijken?' })).toBeInTheDocument();
  });

  it('says when the list cannot be loaded, and still compares plans whose names are typed', async () => {
    mockFetch(
      on('GET', PLANS, { status: 503 }),
      on('GET', `${PLANS}/comparison`, { status: 200, body: comparison('raad', 'dubbel') }),
    );
    const { router } = renderApp(STAFF, '/groenareaal/vergelijking');

    expect(await screen.findByRole('alert', {}, SECTION_LOADED))
      .toHaveTextContent('De lijst met bewaarde plannen is op dit moment niet beschikbaar. Probeer het later opnieuw.');
    await userEvent.type(screen.getByRole('textbox', { name: 'Eerste plan (A)' }), 'raad');
    await userEvent.type(screen.getByRole('textbox', { name: 'Tweede plan (B)' }), 'dubbel');
    await userEvent.click(screen.getByRole('button', { name: 'Vergelijken' }));
    await waitFor(() => expect(router.state.location.search).toBe('?a=raad&b=dubbel'));
    expect(await screen.findByRole('heading', { level: 2, name: 'raad (A) tegenover dubbel (B)' })).toBeInTheDocument();
  });

  it('shows the newest page of plans and says how many older ones are left out', async () => {
    mockFetch(on('GET', PLANS, { status: 200, body: { ...page(SAVED_PLANS), pageSize: 100, totalItems: 130, totalPages: 2 } }));
    renderApp(STAFF, '/groenareaal/vergelijking');

    await savedTable();
    expect(screen.getByText(/^Er zijn 130 plannen bewaard/)).toHaveTextContent(
      "Er zijn 130 plannen bewaard, de nieuwste staan bovenaan. De 128 oudste staan niet in de lijst: typ de naam van zo'n plan hierboven in.",
    );
  });

  it('computes and saves the proposal\'s budget and twice as much, then compares them and lists them', async () => {
    const bodies: Record<string, unknown>[] = [];
    mockFetch(
      on('GET', PLANS, () => ({
        status: 200,
        body: page(bodies.map((body) => savedPlan(String(body.name), { annualBudget: Number(body.annualBudget) })).reverse()),
      })),
      on('POST', PLANS, (init) => {
        const body = JSON.parse(String(init?.body)) as Record<string, unknown>;
        bodies.push(body);
        return { status: 201, body: plan({ name: String(body.name) }) };
      }),
      on('GET', `${PLANS}/comparison`, { status: 200, body: comparison('x', 'y') }),
    );
    const { router } = renderApp(STAFF, '/groenareaal/vergelijking');
    expect(await screen.findByText(/^Er zijn nog geen plannen bewaard\./, {}, SECTION_LOADED)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /^Bereken en bewaar plannen met €\s280\.000 en €\s560\.000 per jaar$/ }));

    await waitFor(() => expect(router.state.location.search).toMatch(/^\?a=budget-280000-\w+&b=budget-560000-\w+$/));
    expect(bodies.map((body) => body.annualBudget)).toEqual([280000, 560000]);
    expect(bodies[0]).toMatchObject({ years: 20, startYear: new Date().getFullYear() });
    expect(await screen.findByRole('heading', { level: 2, name: 'x (A) tegenover y (B)' })).toBeInTheDocument();
    const table = await savedTable();
    expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(bodies.map((body) => body.name).reverse());
  }, 15_000);

  it('says which plan is missing when a name is not saved', async () => {
    mockFetch(listed(), on('GET', `${PLANS}/comparison`, { status: 404, body: { status: 404, detail: "Er is geen plan bewaard onder de naam 'weg'." } }));
    renderApp(STAFF, '/groenareaal/vergelijking?a=raad&b=weg');
    expect(await screen.findByRole('alert', {}, SECTION_LOADED)).toHaveTextContent("Er is geen plan bewaard onder de naam 'weg'.");
  });
});
