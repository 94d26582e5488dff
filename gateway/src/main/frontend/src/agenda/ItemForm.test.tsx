import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FINANCE, mockFetch, on, page, renderApp, STAFF } from '../test/render';
import { DISTRICTS, FakeMap, ITEM, THEMES } from './testing';

vi.mock('../maps/GeoJsonMap', () => ({ GeoJsonMap: FakeMap }));

// The route loads the section lazily; on a machine shared by several builds that outlasts findBy's second.
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20_000 });

const LINES = [{ code: 'GROEN-ONDERHOUD', name: 'Onderhoud openbaar groen' }];

const reference = [
  on('GET', '/api/agenda/v1/themes', { status: 200, body: page(THEMES) }),
  on('GET', '/api/agenda/v1/districts', { status: 200, body: page(DISTRICTS) }),
  on('GET', '/api/budget/v1/budget-lines', { status: 200, body: page(LINES) }),
];

/** mockFetch answers without headers; the item's GET carries the ETag an edit sends back. */
function withEtag(fetchMock: ReturnType<typeof mockFetch>, etag: string) {
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await fetchMock(input, init);
    if (String(input) !== `/api/agenda/v1/agenda-items/${ITEM.id}` || (init?.method ?? 'GET') !== 'GET') return response;
    const headers = new Headers(response.headers);
    headers.set('ETag', etag);
    return new Response(await response.text(), { status: response.status, headers });
  });
}

function sent(fetchMock: ReturnType<typeof mockFetch>, method: string) {
  return fetchMock.mock.calls.filter(([, init]) => init?.method === method);
}

beforeEach(() => window.sessionStorage.clear());

describe('a new agenda item', () => {
  it('names every missing field at once before sending anything', async () => {
    const fetchMock = mockFetch(...reference);
    renderApp(STAFF, '/uitvoeringsagenda/nieuw');
    await userEvent.click(await screen.findByRole('button', { name: 'Concept opslaan' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Titel: Geef het agendapunt een titel.');
    expect(summary).toHaveTextContent('Visies: Kies minstens een visie.');
    expect(summary).toHaveTextContent('Thema: Kies een thema.');
    expect(summary).toHaveTextContent('Soort maatregel: Kies de soort maatregel.');
    const title = screen.getByLabelText('Titel (verplicht)');
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription('Geef het agendapunt een titel.');
    expect(sent(fetchMock, 'POST')).toHaveLength(0);

    await userEvent.click(within(summary).getByRole('link', { name: /^Titel:/ }));
    expect(title).toHaveFocus();
  });

  it('sends what was typed, shows the server’s 400 next to the fields, and opens the saved item', async () => {
    let attempt = 0;
    const fetchMock = mockFetch(
      ...reference,
      on('POST', '/api/agenda/v1/agenda-items', () => (++attempt === 1
        ? { status: 400, body: { status: 400, title: 'Ongeldige invoer', invalidParams: [
          { name: 'costs[0].amount', reason: 'Mag hoogstens twee decimalen hebben.' },
          { name: 'districts[0]', reason: 'Onbekende wijk.' },
        ] } }
        : { status: 201, body: { ...ITEM, id: 'new-item' } })),
      on('GET', '/api/agenda/v1/agenda-items/new-item', { status: 200, body: { ...ITEM, id: 'new-item' } }),
      on('GET', '/api/agenda/v1/agenda-items/new-item/submissions', { status: 200, body: [] }),
    );
    const { router } = renderApp(STAFF, '/uitvoeringsagenda/nieuw');

    await userEvent.type(await screen.findByLabelText('Titel (verplicht)'), 'Wadi Kloosterveen');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Visie Klimaatadaptatie' }));
    await userEvent.selectOptions(screen.getByLabelText('Thema (verplicht)'), 'FLOODING');
    await userEvent.selectOptions(screen.getByLabelText('Soort maatregel (verplicht)'), 'LAWN_TO_PLAY_MEADOW_WITH_WADI');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Kloosterveen' }));
    await userEvent.selectOptions(await screen.findByLabelText('Begrotingspost'), 'GROEN-ONDERHOUD');
    await userEvent.click(screen.getByRole('button', { name: 'Kostenregel toevoegen' }));
    const year = screen.getByLabelText('Jaar');
    expect(year).toHaveFocus();
    await userEvent.clear(year);
    await userEvent.type(year, '2026');
    await userEvent.type(screen.getByLabelText('Bedrag in euro’s'), '17.124');
    await userEvent.click(screen.getByRole('button', { name: 'Punt kiezen' }));
    expect(screen.getByLabelText(/Locatie/)).toHaveValue('{"type":"Point","coordinates":[6.5642,52.9929]}');

    await userEvent.click(screen.getByRole('button', { name: 'Concept opslaan' }));
    expect(await screen.findByLabelText('Bedrag in euro’s')).toHaveAccessibleDescription('Mag hoogstens twee decimalen hebben.');
    expect(screen.getByRole('alert')).toHaveTextContent('Wijken: Onbekende wijk.');
    expect(JSON.parse(String(sent(fetchMock, 'POST')[0][1]!.body))).toEqual({
      title: 'Wadi Kloosterveen', description: '', visions: ['KLIMAATADAPTATIE'], theme: 'FLOODING',
      measureType: 'LAWN_TO_PLAY_MEADOW_WITH_WADI', districts: ['Kloosterveen'],
      location: { type: 'Point', coordinates: [6.5642, 52.9929] }, assetIds: [], department: 'openbare-ruimte',
      owner: null, plannedStart: null, plannedEnd: null, budgetLineCode: 'GROEN-ONDERHOUD',
      costs: [{ year: 2026, amount: 17124, recurring: false, kind: 'OPERATING' }], workWithWork: [], partners: [],
    });

    await userEvent.click(screen.getByRole('button', { name: 'Concept opslaan' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/uitvoeringsagenda/new-item'));
    expect(await screen.findByText('Het agendapunt is opgeslagen als concept.')).toBeInTheDocument();
    expect(window.sessionStorage.getItem('groenagenda:draft:agenda-item:new')).toBeNull();
  });

  it('keeps what was typed for after a login, and warns before leaving it', async () => {
    mockFetch(...reference);
    const first = renderApp(STAFF, '/uitvoeringsagenda/nieuw');
    await userEvent.type(await screen.findByLabelText('Titel (verplicht)'), 'Halverwege');
    await userEvent.click(screen.getByRole('link', { name: 'Annuleren' }));
    expect(await screen.findByRole('alertdialog')).toHaveTextContent('U heeft het agendapunt nog niet opgeslagen.');
    first.unmount();

    renderApp(STAFF, '/uitvoeringsagenda/nieuw');
    expect(await screen.findByLabelText('Titel (verplicht)')).toHaveValue('Halverwege');
    expect(screen.getByText('Wat u eerder in dit formulier invulde is teruggezet.')).toBeInTheDocument();
  });
});

describe('who drafts', () => {
  it('tells finance staff that drafting is for department staff, instead of a form the API would refuse', async () => {
    mockFetch(...reference);
    renderApp(FINANCE, '/uitvoeringsagenda/nieuw');
    expect(await screen.findByText(/Agendapunten worden opgesteld door medewerkers van een afdeling/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Concept opslaan' })).not.toBeInTheDocument();
  });
});

describe('editing a draft', () => {
  it('asks for a reason, sends If-Match and explains a 412', async () => {
    const fetchMock = mockFetch(
      ...reference,
      on('GET', `/api/agenda/v1/agenda-items/${ITEM.id}`, { status: 200, body: ITEM }),
      on('PUT', `/api/agenda/v1/agenda-items/${ITEM.id}`, { status: 412, body: { status: 412, title: 'Intussen gewijzigd' } }),
    );
    withEtag(fetchMock, '"3"');
    renderApp(STAFF, `/uitvoeringsagenda/${ITEM.id}/bewerken`);

    const title = await screen.findByLabelText('Titel (verplicht)');
    expect(title).toHaveValue('Wadi Kloosterveen');
    expect(screen.getByLabelText('Bedrag in euro’s')).toHaveValue('17124');
    await userEvent.type(title, ' en Peelo');
    await userEvent.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Reden van de wijziging: Geef een reden voor de wijziging');
    expect(sent(fetchMock, 'PUT')).toHaveLength(0);

    await userEvent.type(screen.getByLabelText('Reden van de wijziging (verplicht)'), 'Peelo doet mee.');
    await userEvent.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));

    expect(await screen.findByText(/Een ander heeft het agendapunt intussen gewijzigd/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Nieuwste versie openen/ })).toBeInTheDocument();
    const [, init] = sent(fetchMock, 'PUT')[0];
    expect(new Headers(init!.headers).get('If-Match')).toBe('"3"');
    expect(JSON.parse(String(init!.body))).toMatchObject({ title: 'Wadi Kloosterveen en Peelo', reason: 'Peelo doet mee.', costs: ITEM.costs });
  });

  it('says that a submitted item can no longer be edited', async () => {
    const fetchMock = mockFetch(...reference, on('GET', `/api/agenda/v1/agenda-items/${ITEM.id}`, { status: 200, body: { ...ITEM, status: 'SUBMITTED' } }));
    withEtag(fetchMock, '"4"');
    renderApp(STAFF, `/uitvoeringsagenda/${ITEM.id}/bewerken`);
    expect(await screen.findByText(/Dit agendapunt is niet meer te bewerken/)).toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });
});
