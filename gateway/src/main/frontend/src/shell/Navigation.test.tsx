import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { COUNCIL, FINANCE, MANAGER, mockFetch, on, page, renderApp, STAFF } from '../test/render';

function quietOverview() {
  mockFetch(
    on('GET', '/api/workflow/v1/tasks', { status: 200, body: page([]) }),
    on('GET', '/api/agenda/v1/reports/agenda', { status: 200, body: { title: '', years: [], rows: [], yearTotals: {}, grandTotal: 0, containsExamples: false } }),
    on('GET', '/api/budget/v1/overview', { status: 200, body: { fromYear: 2026, toYear: 2026, unit: 'EUR', lines: [], total: {} } }),
  );
}

function menuItems() {
  const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
  return within(nav).getAllByRole('link').map((link) => link.textContent);
}

describe('navigation per role', () => {
  it('offers managers their task inbox and the staff screens', () => {
    quietOverview();
    renderApp(MANAGER, '/');
    expect(menuItems()).toEqual(['Overzicht', 'Mijn taken', 'Uitvoeringsagenda', 'Groenareaal', 'Rapportages']);
  });

  it('offers finance staff their task inbox and the budget', () => {
    quietOverview();
    renderApp(FINANCE, '/');
    expect(menuItems()).toEqual(['Overzicht', 'Mijn taken', 'Begroting', 'Uitvoeringsagenda', 'Groenareaal', 'Rapportages']);
  });

  it('offers staff the agenda, the green stock and the reports, but no inbox', () => {
    quietOverview();
    renderApp(STAFF, '/');
    expect(menuItems()).toEqual(['Overzicht', 'Uitvoeringsagenda', 'Groenareaal', 'Rapportages']);
  });

  it('offers the council only the overview and the reports', () => {
    quietOverview();
    renderApp(COUNCIL, '/');
    expect(menuItems()).toEqual(['Overzicht', 'Rapportages']);
  });

  it('tells someone without the role that a shared link to a section is not for them', async () => {
    quietOverview();
    renderApp(COUNCIL, '/begroting');
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
    expect(screen.getByText(/financieel adviseur en functioneel beheerder/)).toBeInTheDocument();
  });

  it('tells someone without the role that a shared task link is not for them', async () => {
    quietOverview();
    renderApp(COUNCIL, '/taken/abc');
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
    expect(document.title).toBe('Geen toegang - Groenagenda');
  });

  it('marks the open screen as current and shows who is logged in with a logout form', () => {
    quietOverview();
    renderApp(MANAGER, '/');
    expect(screen.getByRole('link', { name: 'Overzicht' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByText(/Aangemeld als/)).toHaveTextContent('Aangemeld als Manager Openbare Ruimte, afdeling Openbare Ruimte');
    const logout = screen.getByRole('button', { name: 'Afmelden' }).closest('form')!;
    expect(logout).toHaveAttribute('method', 'post');
    expect(logout).toHaveAttribute('action', '/logout');
  });

  it('has a skip link to the main landmark and a title per page', () => {
    quietOverview();
    renderApp(MANAGER, '/');
    expect(screen.getByRole('link', { name: 'Naar de inhoud' })).toHaveAttribute('href', '#inhoud');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'inhoud');
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(document.title).toBe('Overzicht - Groenagenda');
  });
});
