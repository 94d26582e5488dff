import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FINANCE, mockFetch, on, renderApp, STAFF } from '../test/render';
import { OVERVIEW } from './testData';

const plain = (text: string | null) => (text ?? '').replace(/\u00a0/g, ' ').trim();

describe('the multi-year grid', () => {
  afterEach(() => vi.restoreAllMocks());

  it('asks for the years in the link and shows every figure per line and year in Dutch notation', async () => {
    const fetchMock = mockFetch(on('GET', '/api/budget/v1/overview', { status: 200, body: OVERVIEW }));
    renderApp(FINANCE, '/begroting?van=2027&tot=2028');

    const table = await screen.findByRole('table', { name: 'Meerjarenoverzicht 2027-2028, bedragen in euro\'s' }, { timeout: 5000 });
    expect(String(fetchMock.mock.calls[0][0])).toBe('/api/budget/v1/overview?fromYear=2027&toYear=2028');
    expect(document.title).toBe('Begroting - Groenagenda');
    const line = within(table).getByRole('link', { name: 'Steenbreek' });
    expect(line).toHaveAttribute('href', '/begroting/regels/GROEN-STEENBREEK');
    const reserved = within(table).getAllByRole('rowheader', { name: 'Gereserveerd' })[0].closest('tr') as HTMLElement;
    expect([...reserved.querySelectorAll('td')].map((cell) => plain(cell.textContent))).toEqual(['€ 0', '€ 12.000', '€ 12.000']);
    const claims = within(table).getAllByRole('rowheader', { name: 'Openstaande claims' })[0].closest('tr') as HTMLElement;
    expect(plain(claims.querySelector('td')?.textContent ?? '')).toBe('€ 4.690');
    const totals = table.querySelector('tfoot tr') as HTMLElement;
    expect(plain(totals.textContent)).toBe('Totaal alle regelsBegroot€ 10.000€ 10.000€ 20.000');
  });

  it('puts a new range of years in the link', async () => {
    mockFetch(on('GET', '/api/budget/v1/overview', { status: 200, body: OVERVIEW }));
    const { router } = renderApp(FINANCE, '/begroting?van=2027&tot=2028');
    await screen.findByRole('table', { name: /Meerjarenoverzicht/ });

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Tot en met jaar' }), '2031');
    await userEvent.click(screen.getByRole('button', { name: 'Jaren tonen' }));
    expect(router.state.location.search).toBe('?van=2027&tot=2031');
  });

  it('refuses a range that ends before it starts, without asking the API', async () => {
    const fetchMock = mockFetch(on('GET', '/api/budget/v1/overview', { status: 200, body: OVERVIEW }));
    renderApp(FINANCE, '/begroting?van=2027&tot=2028');
    await screen.findByRole('table', { name: /Meerjarenoverzicht/ });

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Tot en met jaar' }), '2025');
    await userEvent.click(screen.getByRole('button', { name: 'Jaren tonen' }));
    expect(screen.getByRole('combobox', { name: 'Tot en met jaar' })).toHaveAccessibleDescription('Het laatste jaar mag niet voor het eerste jaar liggen.');
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('downloads the overview as XLSX for the chosen years and says so', async () => {
    const created = vi.fn(() => 'blob:overzicht');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const fetchMock = mockFetch(
      (url, init) => (url.startsWith('/api/budget/v1/overview') && new Headers(init?.headers).get('Accept')?.includes('spreadsheet')
        ? { status: 200, body: 'xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } : undefined),
      on('GET', '/api/budget/v1/overview', { status: 200, body: OVERVIEW }),
    );
    renderApp(FINANCE, '/begroting?van=2027&tot=2028');
    await screen.findByRole('table', { name: /Meerjarenoverzicht/ });

    await userEvent.click(screen.getByRole('button', { name: 'Download als Excel (XLSX)' }));
    expect(await screen.findByText('Het overzicht 2027-2028 is gedownload als Excel (XLSX).')).toBeInTheDocument();
    const [url, init] = fetchMock.mock.calls[1];
    expect(url).toBe('/api/budget/v1/overview?fromYear=2027&toYear=2028');
    expect(new Headers(init?.headers).get('Accept')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(created).toHaveBeenCalled();
    expect(click).toHaveBeenCalled();
  });

  it('explains a refused download', async () => {
    mockFetch(
      (_url, init) => (new Headers(init?.headers).get('Accept') === 'text/csv' ? { status: 503 } : undefined),
      on('GET', '/api/budget/v1/overview', { status: 200, body: OVERVIEW }),
    );
    renderApp(FINANCE, '/begroting?van=2027&tot=2028');
    await screen.findByRole('table', { name: /Meerjarenoverzicht/ });
    await userEvent.click(screen.getByRole('button', { name: 'Download als CSV' }));
    await waitFor(() => expect(screen.getByText(/Het overzicht is op dit moment niet beschikbaar/)).toBeInTheDocument());
  });

  it('keeps the section from roles it is not for', async () => {
    mockFetch();
    renderApp(STAFF, '/begroting');
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
  });

  it('reaches every page of the section from its own menu', async () => {
    mockFetch(on('GET', '/api/budget/v1/overview', { status: 200, body: OVERVIEW }));
    renderApp(FINANCE, '/begroting');
    const menu = await screen.findByRole('navigation', { name: 'Begroting' });
    expect(within(menu).getAllByRole('link').map((link) => link.getAttribute('href')))
      .toEqual(['/begroting', '/begroting/kapitaallasten', '/begroting/kaderbrief', '/begroting/werkelijk']);
    expect(within(menu).getByRole('link', { name: 'Meerjarenoverzicht' })).toHaveAttribute('aria-current', 'page');
  });
});
