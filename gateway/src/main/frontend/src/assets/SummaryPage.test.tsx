import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch, on, page, renderApp, STAFF } from '../test/render';
import { plain, SECTION_LOADED, SUMMARY, TYPES } from './fixtures';


function backend(summary: unknown, status = 200) {
  return mockFetch(
    on('GET', '/api/assets/v1/summary', { status, body: summary }),
    on('GET', '/api/assets/v1/asset-types', { status: 200, body: page(TYPES) }),
  );
}

describe('the green stock per district and type', () => {
  it('shows the total in whole euros and in millions, labelled synthetic', async () => {
    backend(SUMMARY);
    renderApp(STAFF, '/groenareaal');
    expect(plain((await screen.findByText(/Totale vervangingswaarde/, {}, SECTION_LOADED)).textContent))
      .toBe('Totale vervangingswaarde: € 5.723.051 (afgerond € 6 miljoen)');
    expect(screen.getByText('Synthetisch')).toBeInTheDocument();
    expect(document.title).toBe('Groenareaal - Groenagenda');
  });

  it('lists every district and type with units, a subtotal per district and the total', async () => {
    backend(SUMMARY);
    renderApp(STAFF, '/groenareaal');
    // findByRole on a page of tables computes every accessible name: slow in jsdom; the caption finds it.
    const caption = await screen.findByText(/Aantallen, hoeveelheden en vervangingswaarde per wijk en type/, {}, SECTION_LOADED);
    expect(plain(caption.textContent)).toBe('Aantallen, hoeveelheden en vervangingswaarde per wijk en type (synthetisch)');
    const rows = [...caption.closest('table')!.querySelectorAll('tr')].map((row) => plain(row.textContent));
    expect(rows).toContain('KloosterveenBoom1.2001.200 stuks€ 660.000');
    expect(rows).toContain('KloosterveenGazon12151.157 m²€ 453.470');
    expect(rows).toContain('KloosterveenTotaal van de wijk1.212niet op te tellen: verschillende eenheden-€ 1.113.470');
    expect(rows[rows.length - 1]).toBe('Totaal groenareaal1.412niet op te tellen: verschillende eenheden-€ 5.723.051');
  });

  it('draws the replacement value per district with a legend of the types', async () => {
    backend(SUMMARY);
    renderApp(STAFF, '/groenareaal');
    expect(await screen.findByRole('img', { name: /Vervangingswaarde per wijk/ }, SECTION_LOADED)).toBeInTheDocument();
    const legend = screen.getByRole('list', { name: 'Legenda van Vervangingswaarde per wijk' });
    expect(within(legend).getAllByRole('listitem').map((item) => item.textContent?.trim())).toEqual(['Boom', 'Gazon']);
  });

  it('marks the open screen in the sub-navigation', async () => {
    backend(SUMMARY);
    renderApp(STAFF, '/groenareaal');
    const nav = await screen.findByRole('navigation', { name: 'Groenareaal' }, SECTION_LOADED);
    expect(within(nav).getByRole('link', { name: 'Areaal per wijk' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Vervangingsplan' })).not.toHaveAttribute('aria-current');
  });

  it('says so when the register holds nothing yet', async () => {
    backend({ totalReplacementValue: 0, totalCount: 0, synthetic: false, groups: [] });
    renderApp(STAFF, '/groenareaal');
    expect(await screen.findByText(/Het register bevat nog geen aanwezig groen/, {}, SECTION_LOADED)).toBeInTheDocument();
    expect(screen.queryByText('Synthetisch')).not.toBeInTheDocument();
  });

  it('explains a refusal instead of showing an empty page', async () => {
    backend({ status: 403, title: 'Geen toegang' }, 403);
    renderApp(STAFF, '/groenareaal');
    expect(await screen.findByRole('alert', {}, SECTION_LOADED)).toHaveTextContent('U heeft geen toegang tot het overzicht van het groenareaal.');
  });
});
