import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SessionUser } from '../api/session';
import { mockFetch, on, page, renderApp, STAFF } from '../test/render';
import { plain, SECTION_LOADED, TYPES } from './fixtures';

const ADMIN: SessionUser = { username: 'beheerder', name: 'Beheerder', roles: ['beheerder'], afdeling: null };
const NORM = {
  id: 'norm-1', type: 'TREE', subtype: 'TREE_IN_GREEN', subtypeName: 'Boom in groen', unit: 'STUKS', unitCost: 500,
  lifespanYears: 60, priceLevelYear: 2023, source: 'Openbare bronnen', updatedAt: '2026-11-30T16:13:36Z', updatedBy: 'migratie',
};

function backend(put: (init?: RequestInit) => { status: number; body?: unknown } = () => ({ status: 500 })) {
  return mockFetch(
    on('GET', '/api/assets/v1/cost-norms', { status: 200, body: page([NORM]) }),
    on('GET', '/api/assets/v1/asset-types', { status: 200, body: page(TYPES) }),
    on('PUT', '/api/assets/v1/cost-norms/norm-1', put),
  );
}

describe('the cost norms', () => {
  beforeEach(() => window.sessionStorage.clear());

  it('shows staff every norm, without a way to change it', async () => {
    backend();
    renderApp(STAFF, '/groenareaal/kostennormen');
    const cell = await screen.findByText('Boom in groen', {}, SECTION_LOADED);
    expect(plain(cell.closest('tr')?.textContent)).toBe('Boom in groenBoom€ 500 per stuks60 jaar2023Openbare bronnen30 november 2026 om 17:13 door migratie');
    expect(screen.queryByRole('link', { name: /Wijzigen/ })).not.toBeInTheDocument();
  });

  it('lets the functional administrator change a norm only with a reason, and reports the revaluation', async () => {
    let sent: unknown;
    const fetchMock = backend((init) => {
      sent = JSON.parse(String(init?.body));
      return { status: 200, body: { costNorm: { ...NORM, unitCost: 550 }, revaluation: { changeId: 7, affectedAssets: 31000, valueBefore: 15500000, valueAfter: 17050000 } } };
    });
    const { router } = renderApp(ADMIN, '/groenareaal/kostennormen');
    await userEvent.click(await screen.findByRole('link', { name: 'Wijzigen (Boom in groen)' }, SECTION_LOADED));
    expect(await screen.findByRole('heading', { level: 2, name: 'Norm wijzigen: Boom in groen' })).toHaveFocus();
    const cost = screen.getByRole('textbox', { name: /Kosten per stuks/ });
    await userEvent.clear(cost);
    await userEvent.type(cost, '550');
    await userEvent.click(screen.getByRole('button', { name: 'Norm wijzigen en herwaarderen' }));

    expect(screen.getByRole('textbox', { name: /Reden van de wijziging/ })).toHaveAccessibleDescription(/Geef de reden van de wijziging\./);
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'PUT')).toBe(false);

    await userEvent.type(screen.getByRole('textbox', { name: /Reden van de wijziging/ }), 'Nieuwe aanbesteding 2026');
    await userEvent.click(screen.getByRole('button', { name: 'Norm wijzigen en herwaarderen' }));
    expect(plain((await screen.findByText(/is gewijzigd/)).textContent))
      .toBe('De norm voor boom in groen is gewijzigd. 31.000 objecten zijn geherwaardeerd: van € 15.500.000 naar € 17.050.000.');
    expect(sent).toEqual({ unitCost: 550, lifespanYears: 60, reason: 'Nieuwe aanbesteding 2026' });
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });
});
