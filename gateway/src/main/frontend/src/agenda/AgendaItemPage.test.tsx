import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FINANCE, MANAGER, mockFetch, on, page, renderApp, STAFF } from '../test/render';
import { FakeMap, ITEM, THEMES } from './testing';

vi.mock('../maps/GeoJsonMap', () => ({ GeoJsonMap: FakeMap }));

// The route loads the section lazily; on a machine shared by several builds that outlasts findBy's second.
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20_000 });

const ASSET = {
  id: '0b7c4a52-8e3f-4d0e-9a57-1f6f1f0e2c11', externalId: 'BOOM-0042', type: 'TREE', subtype: null,
  species: { dutchName: 'Zomereik', scientificName: 'Quercus robur' }, district: 'Kloosterveen',
  geometry: { type: 'Point', coordinates: [6.53, 52.98] },
};
const GONE = '5d0c2d7e-1111-4b55-8c1a-9b9b9b9b9b9b';

function itemBackend(item: object, ...more: Parameters<typeof mockFetch>) {
  return mockFetch(
    on('GET', '/api/agenda/v1/themes', { status: 200, body: page(THEMES) }),
    on('GET', '/api/agenda/v1/agenda-items/item-1/submissions', { status: 200, body: [] }),
    ...more,
    on('GET', '/api/agenda/v1/agenda-items/item-1', { status: 200, body: item }),
  );
}

function sent(fetchMock: ReturnType<typeof mockFetch>, method: string) {
  return fetchMock.mock.calls.filter(([, init]) => init?.method === method);
}

describe("an agenda item's page", () => {
  it('shows every field, the linked assets in a table and on a map, and lets the drafter edit and submit', async () => {
    let submitted = false;
    const fetchMock = mockFetch(
      on('GET', '/api/agenda/v1/themes', { status: 200, body: page(THEMES) }),
      on('GET', `/api/assets/v1/assets/${ASSET.id}`, { status: 200, body: ASSET }),
      on('GET', `/api/assets/v1/assets/${GONE}`, { status: 404, body: { status: 404 } }),
      on('POST', '/api/agenda/v1/agenda-items/item-1/submission', () => {
        submitted = true;
        return { status: 202, body: { id: 's1' } };
      }),
      on('GET', '/api/agenda/v1/agenda-items/item-1/submissions', () => ({ status: 200, body: submitted
        ? [{ id: 's1', agendaItemId: 'item-1', sequence: 1, submittedAt: '2026-03-02T09:00:00Z', submittedBy: 'medewerker', attempts: 0 }]
        : [] })),
      on('GET', '/api/agenda/v1/agenda-items/item-1', () => ({ status: 200, body: {
        ...ITEM, assetIds: [ASSET.id, GONE], status: submitted ? 'SUBMITTED' : 'DRAFT',
      } })),
    );
    renderApp(STAFF, '/uitvoeringsagenda/item-1');

    expect(await screen.findByRole('heading', { level: 1, name: 'Wadi Kloosterveen' })).toBeInTheDocument();
    expect(await screen.findByText('Wateroverlast')).toBeInTheDocument();
    expect(screen.getByText('Wijkgazon wordt groene speelweide met wadi')).toBeInTheDocument();
    expect(screen.getByText('1 maart 2026 tot en met 31 oktober 2026')).toBeInTheDocument();
    const assets = await screen.findByRole('table', { name: 'Gekoppelde objecten' });
    expect(within(assets).getByRole('rowheader', { name: 'Zomereik (BOOM-0042)' })).toBeInTheDocument();
    expect(within(assets).getAllByRole('row')).toHaveLength(2);
    expect(await screen.findByRole('region', { name: 'Kaart van de gekoppelde objecten' })).toHaveTextContent('Zomereik (BOOM-0042)');
    expect(await screen.findByRole('region', { name: 'Kaart met de locatie van het agendapunt' })).toHaveTextContent('Wadi Kloosterveen');
    expect(screen.getByRole('link', { name: 'Agendapunt bewerken' })).toHaveAttribute('href', '/uitvoeringsagenda/item-1/bewerken');

    await userEvent.click(screen.getByRole('button', { name: 'Agendapunt indienen' }));

    expect(await screen.findByText(/Het agendapunt is ingediend/)).toBeInTheDocument();
    expect(await screen.findByText(/Ingediend 2 maart 2026 om 10:00 door medewerker/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Agendapunt indienen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Agendapunt bewerken' })).not.toBeInTheDocument();
    expect(sent(fetchMock, 'POST')).toHaveLength(1);
  });

  it('explains a refused submission in Dutch', async () => {
    itemBackend(ITEM, on('POST', '/api/agenda/v1/agenda-items/item-1/submission', {
      status: 409, body: { status: 409, detail: 'Dit agendapunt is al ingediend.' },
    }));
    renderApp(STAFF, '/uitvoeringsagenda/item-1');
    await userEvent.click(await screen.findByRole('button', { name: 'Agendapunt indienen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Dit agendapunt is al ingediend. Laad de pagina opnieuw.');
  });

  it('offers finance staff neither editing nor submitting', async () => {
    itemBackend(ITEM);
    renderApp(FINANCE, '/uitvoeringsagenda/item-1');
    await screen.findByRole('heading', { level: 1, name: 'Wadi Kloosterveen' });
    expect(screen.queryByRole('button', { name: 'Agendapunt indienen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Agendapunt bewerken' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Voortgang melden' })).not.toBeInTheDocument();
  });

  it('reports progress: orange asks for cause and correction, then sends them with the next status', async () => {
    const fetchMock = itemBackend({ ...ITEM, status: 'ADOPTED', progress: 10 },
      on('POST', '/api/agenda/v1/agenda-items/item-1/progress', { status: 200, body: ITEM }));
    renderApp(MANAGER, '/uitvoeringsagenda/item-1');

    const form = await screen.findByRole('form', { name: 'Voortgang melden' });
    expect(within(form).getByLabelText(/Voortgang in procenten/)).toHaveValue('10');
    await userEvent.click(within(form).getByRole('radio', { name: 'Oranje' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Voortgang melden' }));

    const summary = await within(form).findByRole('alert');
    expect(summary).toHaveTextContent('Oorzaak: Geef de oorzaak: die is verplicht bij oranje.');
    expect(summary).toHaveTextContent('Bijsturing: Geef de bijsturing: die is verplicht bij oranje.');
    expect(summary).toHaveTextContent('Reden van de melding: Geef een reden');
    expect(sent(fetchMock, 'POST')).toHaveLength(0);

    const percent = within(form).getByLabelText(/Voortgang in procenten/);
    await userEvent.clear(percent);
    await userEvent.type(percent, '40');
    await userEvent.type(within(form).getByLabelText(/Oorzaak/), 'Levering bomen vertraagd.');
    await userEvent.type(within(form).getByLabelText(/Bijsturing/), 'Planten in het najaar.');
    await userEvent.click(within(form).getByRole('checkbox', { name: 'Status wijzigen naar “In uitvoering”' }));
    await userEvent.type(within(form).getByLabelText(/Reden van de melding/), 'Maandrapportage maart.');
    await userEvent.click(within(form).getByRole('button', { name: 'Voortgang melden' }));

    expect(await screen.findByText('De voortgang is gemeld.')).toBeInTheDocument();
    expect(JSON.parse(String(sent(fetchMock, 'POST')[0][1]!.body))).toEqual({
      progress: 40, trafficLight: 'ORANGE', reason: 'Maandrapportage maart.', cause: 'Levering bomen vertraagd.',
      correction: 'Planten in het najaar.', status: 'IN_EXECUTION',
    });
  });

  it('says so when the item does not exist or is not the user’s to see', async () => {
    mockFetch(on('GET', '/api/agenda/v1/agenda-items/item-1', { status: 404, body: { status: 404, detail: 'Er is geen agendapunt met dit id.' } }));
    renderApp(STAFF, '/uitvoeringsagenda/item-1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Agendapunt niet beschikbaar' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Er is geen agendapunt met dit id.');
  });
});
