import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { COUNCIL, mockFetch, on, page, renderApp, STAFF } from '../test/render';

const REPORT = {
  title: 'Uitvoeringsagenda Groenvisie Assen 2040 en Visie Klimaatadaptatie',
  generatedAt: '2026-11-30T14:45:00Z',
  generatedBy: 'griffie',
  filters: {},
  source: 'Uitvoeringsagenda (agenda-service): 3 agendapunten',
  containsExamples: true,
  years: [2026, 2027],
  rows: [
    { id: 'a', title: 'Wadi', theme: 'Wateroverlast', districts: ['Kloosterveen'], department: 'openbare-ruimte', status: 'Concept',
      trafficLight: 'Groen', coverage: 'Nog niet bepaald', amounts: { 2026: 17124, 2027: 0 }, total: 17124, example: true },
    { id: 'b', title: 'Bomen', theme: 'Hitte', districts: ['Pittelo', 'Assen-Oost'], department: 'samenleving', status: 'Ingediend',
      trafficLight: 'Rood', coverage: 'Nog niet bepaald', amounts: { 2026: 1000, 2027: 2000.5 }, total: 3000.5, example: false },
    { id: 'c', title: 'Regenton', theme: 'Wateroverlast', districts: [], department: 'openbare-ruimte', status: 'Concept',
      trafficLight: 'Groen', coverage: 'Nog niet bepaald', amounts: { 2026: 0, 2027: 500 }, total: 500, example: false },
  ],
  themeTotals: [
    { theme: 'Hitte', amounts: { 2026: 1000, 2027: 2000.5 }, total: 3000.5 },
    { theme: 'Wateroverlast', amounts: { 2026: 17124, 2027: 500 }, total: 17624 },
  ],
  yearTotals: { 2026: 18124, 2027: 2500.5 },
  grandTotal: 20624.5,
};

const THEMES = [
  { code: 'HEAT', name: 'Hitte', vision: 'KLIMAATADAPTATIE' },
  { code: 'FLOODING', name: 'Wateroverlast', vision: 'KLIMAATADAPTATIE' },
];

const REFUSED = { status: 403, body: { status: 403, title: 'Geen toegang' } };
const plain = (text: string | null | undefined) => (text ?? '').replace(/\u00a0/g, ' ');
const reportCalls = (fetchMock: ReturnType<typeof vi.fn>) =>
  fetchMock.mock.calls.map(([url]) => String(url)).filter((url) => url.startsWith('/api/agenda/v1/reports/agenda'));

/** The JSON backend plus the file export, which answers with bytes and a Content-Disposition. */
function withExport(json: ReturnType<typeof mockFetch>, file: () => Response | Promise<Response>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) =>
    (String(input).includes('format=') ? file() : json(input, init)));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function catchSavedFiles() {
  const saved: { name: string; href: string }[] = [];
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:report'), revokeObjectURL: vi.fn() }));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, href: this.getAttribute('href') ?? '' });
  });
  return saved;
}

describe('Rapportages', () => {
  it('shows the council the totals per theme and per year in Dutch notation, and says that examples are examples', async () => {
    mockFetch(
      on('GET', '/api/agenda/v1/reports/agenda', { status: 200, body: REPORT }),
      on('GET', '/api/agenda/v1/themes', REFUSED),
    );
    renderApp(COUNCIL, '/rapportages');

    const table = await screen.findByRole('table', { name: 'Totalen per thema en per jaar' });
    expect(document.title).toBe('Rapportages - Groenagenda');
    const rows = [...table.querySelectorAll('tbody tr, tfoot tr')].map((row) => plain(row.textContent));
    expect(rows).toEqual([
      'Hitte1€ 1.000€ 2.000,50€ 3.000,50',
      'Wateroverlast2€ 17.124€ 500€ 17.624',
      'Totaal3€ 18.124€ 2.500,50€ 20.624,50',
    ]);
    expect(within(table).getByRole('rowheader', { name: 'Hitte' })).toBeInTheDocument();
    expect(screen.getByText(/één agendapunt is een voorbeeld/)).toBeInTheDocument();
    expect(screen.getByText(/Gemaakt op 30 november 2026 om 15:45/)).toBeInTheDocument();

    // A role refused the themes gets no theme filter; districts and departments come from its own report.
    expect(await screen.findByText('Filteren op thema is voor uw rol niet beschikbaar.')).toBeInTheDocument();
    const districts = screen.getByRole('group', { name: 'Wijk' });
    expect(within(districts).getAllByRole('checkbox').map((box) => box.getAttribute('value'))).toEqual(['Assen-Oost', 'Kloosterveen', 'Pittelo']);
    expect(within(screen.getByRole('group', { name: 'Afdeling' })).getByRole('checkbox', { name: 'Openbare Ruimte' })).toHaveAttribute('value', 'openbare-ruimte');
  });

  it('puts the chosen filters in the URL and asks the report for exactly those', async () => {
    const fetchMock = mockFetch(
      on('GET', '/api/agenda/v1/reports/agenda', { status: 200, body: REPORT }),
      on('GET', '/api/agenda/v1/themes', { status: 200, body: page(THEMES) }),
    );
    const { router } = renderApp(STAFF, '/rapportages');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('checkbox', { name: 'Wateroverlast' }));
    await user.click(screen.getByRole('checkbox', { name: 'Ingediend' }));
    await user.type(screen.getByRole('textbox', { name: 'Kaderbrief' }), '2026');
    await user.click(screen.getByRole('button', { name: 'Overzicht tonen' }));

    await waitFor(() => expect(router.state.location.search).toBe('?cycle=2026&theme=FLOODING&status=SUBMITTED'));
    await waitFor(() => expect(reportCalls(fetchMock)).toContain('/api/agenda/v1/reports/agenda?cycle=2026&theme=FLOODING&status=SUBMITTED'));
  });

  it('reads a shared link back into the form', async () => {
    mockFetch(
      on('GET', '/api/agenda/v1/reports/agenda', { status: 200, body: { ...REPORT, filters: { Wijk: 'Pittelo' } } }),
      on('GET', '/api/agenda/v1/themes', { status: 200, body: page(THEMES) }),
    );
    renderApp(STAFF, '/rapportages?district=Pittelo&fromYear=2026&toYear=2027');

    expect(await screen.findByRole('checkbox', { name: 'Pittelo' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Kloosterveen' })).not.toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Vanaf jaar' })).toHaveValue('2026');
    expect(await screen.findByText('Toegepaste filters:')).toBeInTheDocument();
  });

  it('checks the years before asking and shows every problem next to its field and in a summary', async () => {
    const fetchMock = mockFetch(
      on('GET', '/api/agenda/v1/reports/agenda', { status: 200, body: REPORT }),
      on('GET', '/api/agenda/v1/themes', { status: 200, body: page(THEMES) }),
    );
    renderApp(STAFF, '/rapportages');
    const user = userEvent.setup();
    await screen.findByRole('table', { name: 'Totalen per thema en per jaar' });
    const before = reportCalls(fetchMock).length;

    await user.type(screen.getByRole('textbox', { name: 'Kaderbrief' }), '26');
    await user.type(screen.getByRole('textbox', { name: 'Vanaf jaar' }), '2030');
    await user.type(screen.getByRole('textbox', { name: 'Tot en met jaar' }), '2027');
    await user.click(screen.getByRole('button', { name: 'Overzicht tonen' }));

    const cycle = screen.getByRole('textbox', { name: 'Kaderbrief' });
    expect(cycle).toHaveAttribute('aria-invalid', 'true');
    expect(cycle).toHaveAccessibleDescription(/Vul het jaar van een Kaderbrief in/);
    expect(screen.getByRole('textbox', { name: 'Tot en met jaar' })).toHaveAccessibleDescription(/mag niet voor het eerste jaar liggen/);
    const summary = screen.getByRole('alert');
    expect(summary.closest('[tabindex="-1"]')).toHaveFocus();
    expect(within(summary).getAllByRole('link')).toHaveLength(2);
    expect(reportCalls(fetchMock)).toHaveLength(before);
  });

  it('shows what the API refused in a link next to the field concerned', async () => {
    mockFetch(
      on('GET', /\/api\/agenda\/v1\/reports\/agenda\?district=Atlantis/, {
        status: 400,
        body: { status: 400, title: 'Ongeldige invoer', invalidParams: [{ name: 'district', reason: "Onbekende waarde 'Atlantis'." }] },
      }),
      on('GET', '/api/agenda/v1/reports/agenda', { status: 200, body: REPORT }),
      on('GET', '/api/agenda/v1/themes', { status: 200, body: page(THEMES) }),
    );
    renderApp(STAFF, '/rapportages?district=Atlantis');

    const districts = await screen.findByRole('group', { name: 'Wijk' });
    await waitFor(() => expect(districts).toHaveAccessibleDescription("Onbekende waarde 'Atlantis'."));
    expect(within(districts).getByRole('checkbox', { name: 'Atlantis' })).toBeChecked();
    expect(screen.getByText(/de selectie bevat fouten/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Download als ODS' })).not.toBeInTheDocument();
  });

  it('says so when the report itself is refused', async () => {
    mockFetch(on('GET', '/api/agenda/v1/reports/agenda', REFUSED), on('GET', '/api/agenda/v1/themes', REFUSED));
    renderApp(COUNCIL, '/rapportages');
    expect((await screen.findAllByText('U heeft geen toegang tot het overzicht.')).length).toBeGreaterThan(0);
  });

  it('downloads the ODS with a progress state and saves it under the name from Content-Disposition', async () => {
    const json = mockFetch(
      on('GET', '/api/agenda/v1/reports/agenda', { status: 200, body: REPORT }),
      on('GET', '/api/agenda/v1/themes', REFUSED),
    );
    let finish: (response: Response) => void = () => undefined;
    const fetchMock = withExport(json, () => new Promise<Response>((resolve) => { finish = resolve; }));
    const saved = catchSavedFiles();
    renderApp(COUNCIL, '/rapportages?status=DRAFT');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Download als ODS' }));
    const busy = screen.getByRole('button', { name: 'ODS wordt aangemaakt…' });
    expect(busy).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByText(/Het ODS-bestand wordt aangemaakt/)).toHaveAttribute('aria-live', 'polite');

    const [url, init] = fetchMock.mock.calls.find(([called]) => String(called).includes('format='))!;
    expect(String(url)).toBe('/api/agenda/v1/reports/agenda?status=DRAFT&format=ods');
    expect((init?.headers as Record<string, string>).Accept).toMatch(/^application\/vnd\.oasis\.opendocument\.spreadsheet/);

    finish(new Response(new Blob(['PK']), {
      status: 200,
      headers: {
        'Content-Type': 'application/vnd.oasis.opendocument.spreadsheet',
        'Content-Disposition': 'attachment; filename="uitvoeringsagenda-20261130-1545.ods"',
      },
    }));
    expect(await screen.findByText('Opgeslagen als uitvoeringsagenda-20261130-1545.ods.')).toBeInTheDocument();
    expect(saved).toEqual([{ name: 'uitvoeringsagenda-20261130-1545.ods', href: 'blob:report' }]);
    expect(screen.getByRole('button', { name: 'Download als ODS' })).not.toHaveAttribute('aria-busy');
  });

  it('explains a refused export instead of failing silently', async () => {
    const json = mockFetch(
      on('GET', '/api/agenda/v1/reports/agenda', { status: 200, body: REPORT }),
      on('GET', '/api/agenda/v1/themes', REFUSED),
    );
    withExport(json, () => new Response(JSON.stringify({ status: 403, title: 'Geen toegang' }), {
      status: 403, headers: { 'Content-Type': 'application/problem+json' },
    }));
    const saved = catchSavedFiles();
    renderApp(COUNCIL, '/rapportages');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Download als PDF' }));
    expect(await screen.findByText(/U heeft geen toegang tot de export als PDF/)).toBeInTheDocument();
    expect(screen.getByText('Het PDF-bestand kon niet worden aangemaakt.')).toBeInTheDocument();
    expect(saved).toEqual([]);
  });
});
