import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from './App';
import { browser, getJson, LOGIN_PATH } from './api/http';
import { mockFetch, on } from './test/render';

describe('session', () => {
  it('sends a browser without a session to the Keycloak login with a full page navigation', async () => {
    const toLogin = vi.spyOn(browser, 'toLogin').mockImplementation(() => undefined);
    mockFetch(on('GET', '/session', { status: 401, body: { status: 401, title: 'Niet aangemeld' } }));

    render(<App />);

    expect(await screen.findByText(/U wordt doorgestuurd naar de aanmeldpagina/)).toBeInTheDocument();
    expect(toLogin).toHaveBeenCalledTimes(1);
    expect(LOGIN_PATH).toBe('/oauth2/authorization/keycloak');
  });

  it('sends the browser to the login when a session expires during an API call', async () => {
    const toLogin = vi.spyOn(browser, 'toLogin').mockImplementation(() => undefined);
    mockFetch(on('GET', '/api/workflow/v1/tasks', { status: 401 }));

    await expect(getJson('/api/workflow/v1/tasks')).rejects.toMatchObject({ status: 401 });
    expect(toLogin).toHaveBeenCalledTimes(1);
  });

  it('shows the shell for a logged-in user', async () => {
    mockFetch(
      on('GET', '/session', { status: 200, body: { username: 'griffie', name: 'Griffie', roles: ['raad'], afdeling: null } }),
      on('GET', '/api/agenda/v1/reports/agenda', { status: 200, body: { title: '', years: [], rows: [], yearTotals: {}, grandTotal: 0, containsExamples: false } }),
      on('GET', '/api/budget/v1/overview', { status: 403, body: { status: 403, title: 'Geen toegang' } }),
    );

    render(<App />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Overzicht' })).toBeInTheDocument();
    expect(screen.getByText(/Aangemeld als/)).toHaveTextContent('Griffie');
  });
});
