import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FINANCE, mockFetch, on, renderApp } from '../test/render';
import { annuitySchedule } from './testData';

const plain = (text: string | null) => (text ?? '').replace(/\u00a0/g, ' ').trim();

function calculator(answer?: (body: { tranches: number }) => { status: number; body?: unknown }) {
  return mockFetch(on('POST', '/api/budget/v1/capital-charges', (init) => {
    const body = JSON.parse(String(init?.body));
    return answer ? answer(body) : { status: 200, body: { years: annuitySchedule(body.tranches) } };
  }));
}

const requests = (fetchMock: ReturnType<typeof mockFetch>) => fetchMock.mock.calls.map(([, init]) => JSON.parse(String(init?.body)));

describe('the capital-charges calculator', () => {
  it('opens with the proposal\'s investment and lets the API calculate one tranche and twenty', async () => {
    const fetchMock = calculator();
    renderApp(FINANCE, '/begroting/kapitaallasten');

    const figures = await screen.findByText('Kapitaallasten van één investering per jaar', { selector: 'dt' }, { timeout: 5000 });
    expect(plain(figures.closest('dl')?.textContent ?? '')).toContain('€ 17.124');
    expect(plain(figures.closest('dl')?.textContent ?? '')).toContain('Hoogste kapitaallasten van 20 jaarlijkse tranches (in 2045)€ 342.478');
    const proposal = { amount: 280000, firstYear: 2025, method: 'ANNUITY', termYears: 20, interestRate: 0.02, firstDepreciation: 'YEAR_AFTER' };
    expect(requests(fetchMock)).toEqual([{ ...proposal, tranches: 1 }, { ...proposal, tranches: 20 }]);
    expect(screen.getByRole('figure', { name: 'Kapitaallasten van één investering per jaar' })).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Kapitaallasten van 20 jaarlijkse tranches, opgeteld per jaar' })).toBeInTheDocument();
    const schedule = screen.getByRole('table', { name: /Afschrijvingsschema van één investering/ });
    expect(plain(within(schedule).getByRole('rowheader', { name: '2026' }).closest('tr')?.textContent ?? '')).toContain('€ 17.123,88');
  }, 15_000);

  it('puts the investment in the link and asks again for what was typed', async () => {
    const fetchMock = calculator();
    const { router } = renderApp(FINANCE, '/begroting/kapitaallasten');
    const rate = await screen.findByRole('textbox', { name: /Rente in procenten/ }, { timeout: 5000 });
    await userEvent.clear(rate);
    await userEvent.type(rate, '2,5');
    await userEvent.click(screen.getByRole('radio', { name: 'Lineair' }));
    await userEvent.click(screen.getByRole('button', { name: 'Berekenen' }));

    expect(new URLSearchParams(router.state.location.search).get('rente')).toBe('2,5');
    await screen.findByText(/in het eerste jaar/);
    expect(requests(fetchMock).at(-1)).toMatchObject({ interestRate: 0.025, method: 'LINEAR', tranches: 20 });
  });

  it('checks the investment before asking the API', async () => {
    const fetchMock = calculator();
    renderApp(FINANCE, '/begroting/kapitaallasten?bedrag=0&looptijd=0');

    const amount = await screen.findByRole('textbox', { name: /Bedrag van de investering/ }, { timeout: 5000 });
    expect(amount).toHaveAccessibleDescription(/Het bedrag moet groter dan nul zijn/);
    expect(screen.getByRole('textbox', { name: /Afschrijvingstermijn/ })).toHaveAttribute('aria-invalid', 'true');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows what the API objects to, linked to the field', async () => {
    calculator(() => ({ status: 400, body: { status: 400, invalidParams: [{ name: 'interestRate', reason: 'Mag hoogstens zes decimalen hebben.' }] } }));
    renderApp(FINANCE, '/begroting/kapitaallasten');
    const link = await screen.findByRole('link', { name: 'Rente: Mag hoogstens zes decimalen hebben.' }, { timeout: 5000 });
    await userEvent.click(link);
    expect(screen.getByRole('textbox', { name: /Rente in procenten/ })).toHaveFocus();
  });
});
