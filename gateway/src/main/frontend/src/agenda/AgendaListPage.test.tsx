import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FINANCE, mockFetch, on, page, renderApp, STAFF } from '../test/render';
import { DISTRICTS, FakeMap, ITEM, THEMES } from './testing';

// The route loads the section lazily; on a machine shared by several builds that outlasts findBy's second.
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20_000 });

vi.mock('../maps/GeoJsonMap', () => ({ GeoJsonMap: FakeMap }));

// The list asks for summaries (view=summary): no costs, their sum as totalCost.
const { costs: _costs, ...ITEM_FIELDS } = ITEM;
const LIST_ITEM = { ...ITEM_FIELDS, totalCost: 17124 };
const RED_ITEM = { ...LIST_ITEM, id: 'item-2', title: 'Hittestress Centrum', status: 'IN_EXECUTION', trafficLight: 'RED', totalCost: 0 };

const GEO = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', id: 'item-2', geometry: { type: 'Point', coordinates: [6.56, 52.99] }, properties: { title: 'Hittestress Centrum', status: 'IN_EXECUTION', trafficLight: 'RED' } }],
  truncated: false,
};

function backend() {
  return mockFetch(
    on('GET', '/api/agenda/v1/themes', { status: 200, body: page(THEMES) }),
    on('GET', '/api/agenda/v1/districts', { status: 200, body: page(DISTRICTS) }),
    on('GET', '/api/agenda/v1/agenda-items', (init) => (new Headers(init?.headers).get('Accept') === 'application/geo+json'
      ? { status: 200, body: GEO, contentType: 'application/geo+json' }
      : { status: 200, body: { ...page([LIST_ITEM, RED_ITEM]), page: 2, totalItems: 42, totalPages: 3 } })),
  );
}

const plain = (text: string | null) => (text ?? '').replace(/\u00a0/g, ' ');

describe('the agenda list', () => {
  it('asks the API for the filters, search, sort and page in the URL, and shows the items with a map', async () => {
    const fetchMock = backend();
    renderApp(STAFF, '/uitvoeringsagenda?status=IN_EXECUTION&q=wadi&sort=title&page=2');

    const table = await screen.findByRole('table', { name: 'Agendapunten, pagina 2 van 3' });
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/agenda/v1/agenda-items?status=IN_EXECUTION&q=wadi&sort=title&page=2&pageSize=20&view=summary', expect.anything());
    expect(screen.getByText('42 agendapunten gevonden.').closest('[aria-live]')).toHaveAttribute('role', 'status');
    const row = within(table).getByRole('rowheader', { name: 'Hittestress Centrum' }).closest('tr')!;
    expect(plain(row.textContent)).toContain('In uitvoeringRoodWateroverlastKloosterveenOpenbare Ruimte€ 0');
    expect(within(table).getByRole('link', { name: 'Wadi Kloosterveen' })).toHaveAttribute('href', '/uitvoeringsagenda/item-1');
    expect(plain(within(table).getByRole('rowheader', { name: 'Wadi Kloosterveen' }).closest('tr')!.textContent)).toContain('€ 17.124');

    // The map shows every match, unpaged, with the same filters.
    const map = await screen.findByRole('region', { name: 'Kaart van de gevonden agendapunten' });
    expect(within(map).getByText('Hittestress Centrum')).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith('/api/agenda/v1/agenda-items?status=IN_EXECUTION&q=wadi', expect.anything());
    expect(screen.getByText(/1 agendapunt heeft een locatie \(van de 42 gevonden\)/)).toBeInTheDocument();

    expect(screen.getByRole('link', { name: 'Vorige pagina' })).toHaveAttribute('href', '/uitvoeringsagenda?status=IN_EXECUTION&q=wadi&sort=title');
    expect(screen.getByRole('link', { name: 'Volgende pagina' })).toHaveAttribute('href', '/uitvoeringsagenda?status=IN_EXECUTION&q=wadi&sort=title&page=3');
    expect(screen.getByRole('link', { name: 'Nieuw agendapunt opstellen' })).toBeInTheDocument();
  });

  it('puts chosen filters in the URL and starts again at page 1', async () => {
    backend();
    const { router } = renderApp(STAFF, '/uitvoeringsagenda?page=3');
    await screen.findByRole('table');
    await screen.findByRole('option', { name: 'Wateroverlast' });

    await userEvent.selectOptions(screen.getByLabelText('Thema'), 'FLOODING');
    await userEvent.selectOptions(screen.getByLabelText('Stoplicht'), 'ORANGE');
    await userEvent.type(screen.getByLabelText('Zoeken in titel en omschrijving'), 'speelweide');
    await userEvent.click(screen.getByRole('button', { name: 'Zoeken' }));

    expect(router.state.location.search).toBe('?q=speelweide&theme=FLOODING&trafficLight=ORANGE');
  });

  it('hides the map on request and keeps that in the URL', async () => {
    backend();
    const { router } = renderApp(STAFF, '/uitvoeringsagenda');
    await screen.findByRole('region', { name: 'Kaart van de gevonden agendapunten' });

    await userEvent.click(screen.getByRole('button', { name: 'Kaart verbergen' }));

    expect(router.state.location.search).toBe('?kaart=verborgen');
    expect(screen.queryByRole('region', { name: 'Kaart van de gevonden agendapunten' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Kaart tonen' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('says so when nothing matches, and offers no new item to finance staff', async () => {
    mockFetch(
      on('GET', '/api/agenda/v1/themes', { status: 200, body: page(THEMES) }),
      on('GET', '/api/agenda/v1/districts', { status: 200, body: page(DISTRICTS) }),
      on('GET', '/api/agenda/v1/agenda-items', { status: 200, body: page([]) }),
    );
    renderApp(FINANCE, '/uitvoeringsagenda?q=niets');
    expect(await screen.findByText('Geen agendapunten gevonden met deze zoekopdracht en filters.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Nieuw agendapunt opstellen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Kaart' })).not.toBeInTheDocument();
  });

  it('explains a refused list in Dutch', async () => {
    mockFetch(
      on('GET', '/api/agenda/v1/themes', { status: 200, body: page(THEMES) }),
      on('GET', '/api/agenda/v1/districts', { status: 200, body: page(DISTRICTS) }),
      on('GET', '/api/agenda/v1/agenda-items', { status: 403, body: { status: 403, title: 'Geen toegang' } }),
    );
    renderApp(STAFF, '/uitvoeringsagenda');
    expect(await screen.findByRole('alert')).toHaveTextContent('U heeft geen toegang tot de agendapunten.');
  });
});
