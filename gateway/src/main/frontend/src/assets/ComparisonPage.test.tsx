import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockFetch, on, renderApp, STAFF } from '../test/render';
import { comparison, plain, plan, PLANS, SECTION_LOADED } from './fixtures';
import { rememberPlan } from './savedPlans';


describe('two plans compared', () => {
  beforeEach(() => window.localStorage.clear());

  it('shows both plans side by side with the difference B minus A, from a shareable link', async () => {
    const fetchMock = mockFetch(on('GET', `${PLANS}/comparison`, { status: 200, body: comparison('raad', 'dubbel') }));
    renderApp(STAFF, '/groenareaal/vergelijking?a=raad&b=dubbel');

    expect(await screen.findByRole('heading', { level: 2, name: 'raad (A) tegenover dubbel (B)' }, SECTION_LOADED)).toBeInTheDocument();
    expect(String(fetchMock.mock.calls[0][0])).toBe(`${PLANS}/comparison?a=raad&b=dubbel`);
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
  });

  it('asks for both names before comparing, and offers the plans saved in this browser', async () => {
    rememberPlan('raad');
    const fetchMock = mockFetch();
    const { router } = renderApp(STAFF, '/groenareaal/vergelijking');
    const first = await screen.findByRole('combobox', { name: 'Eerste plan (A)' }, SECTION_LOADED);
    expect([...document.querySelectorAll(`#${CSS.escape(first.getAttribute('list')!)} option`)].map((o) => o.getAttribute('value'))).toEqual(['raad']);
    await userEvent.type(first, 'raad');
    await userEvent.click(screen.getByRole('button', { name: 'Vergelijken' }));

    expect(screen.getByRole('combobox', { name: 'Tweede plan (B)' })).toHaveAccessibleDescription(/Vul de naam van het tweede plan in\./);
    expect(fetchMock).not.toHaveBeenCalled();
    expect(router.state.location.search).toBe('');
  });

  it('computes and saves the proposal\'s budget and twice as much, then compares them', async () => {
    const bodies: Record<string, unknown>[] = [];
    mockFetch(
      on('POST', PLANS, (init) => {
        const body = JSON.parse(String(init?.body)) as Record<string, unknown>;
        bodies.push(body);
        return { status: 201, body: plan({ name: String(body.name) }) };
      }),
      (url) => (url.startsWith(`${PLANS}/comparison?`) ? { status: 200, body: comparison('x', 'y') } : undefined),
    );
    const { router } = renderApp(STAFF, '/groenareaal/vergelijking');
    await userEvent.click(await screen.findByRole('button', { name: /^Bereken en bewaar plannen met €\s280\.000 en €\s560\.000 per jaar$/ }, SECTION_LOADED));

    await waitFor(() => expect(router.state.location.search).toMatch(/^\?a=budget-280000-\w+&b=budget-560000-\w+$/));
    expect(bodies.map((body) => body.annualBudget)).toEqual([280000, 560000]);
    expect(bodies[0]).toMatchObject({ years: 20, startYear: new Date().getFullYear() });
    expect(await screen.findByRole('heading', { level: 2, name: 'x (A) tegenover y (B)' })).toBeInTheDocument();
  }, 15_000);

  it('says which plan is missing when a name is not saved', async () => {
    mockFetch(on('GET', `${PLANS}/comparison`, { status: 404, body: { status: 404, detail: "Er is geen plan bewaard onder de naam 'weg'." } }));
    renderApp(STAFF, '/groenareaal/vergelijking?a=raad&b=weg');
    expect(await screen.findByRole('alert', {}, SECTION_LOADED)).toHaveTextContent("Er is geen plan bewaard onder de naam 'weg'.");
  });
});
