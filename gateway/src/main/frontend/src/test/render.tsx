import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import type { SessionUser } from '../api/session';
import { routes } from '../routes';
import { SessionContext } from '../session/SessionContext';

export const MANAGER: SessionUser = {
  username: 'manager-or',
  name: 'Manager Openbare Ruimte',
  roles: ['afdelingsmanager', 'medewerker'],
  afdeling: 'openbare-ruimte',
};

export const FINANCE: SessionUser = { username: 'financien', name: 'Financien', roles: ['financieel-adviseur'], afdeling: null };
export const STAFF: SessionUser = { username: 'medewerker', name: 'Medewerker', roles: ['medewerker'], afdeling: 'openbare-ruimte' };
export const COUNCIL: SessionUser = { username: 'griffie', name: 'Griffie', roles: ['raad'], afdeling: null };

/** The app's own routes in memory, as the given user, starting at `path`. */
export function renderApp(user: SessionUser, path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const result = render(
    <SessionContext.Provider value={user}>
      <RouterProvider router={router} />
    </SessionContext.Provider>,
  );
  return { ...result, router };
}

type Answer = { status: number; body?: unknown; contentType?: string };
type Handler = (url: string, init?: RequestInit) => Answer | undefined;

/** A fetch that answers from the handlers at the network edge; an unexpected call fails the test. */
export function mockFetch(...handlers: Handler[]) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    for (const handler of handlers) {
      const answer = handler(url, init);
      if (answer) {
        const type = answer.contentType ?? (answer.status >= 400 ? 'application/problem+json' : 'application/json');
        return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
          status: answer.status,
          headers: { 'Content-Type': type },
        });
      }
    }
    throw new Error(`unexpected request ${init?.method ?? 'GET'} ${url}`);
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

export function on(method: string, path: string | RegExp, answer: Answer | ((init?: RequestInit) => Answer)): Handler {
  return (url, init) => {
    const matches = typeof path === 'string' ? url.split('?')[0] === path : path.test(url);
    if (!matches || (init?.method ?? 'GET') !== method) return undefined;
    return typeof answer === 'function' ? answer(init) : answer;
  };
}

export function page<T>(items: T[]) {
  return { items, page: 1, pageSize: 50, totalItems: items.length, totalPages: 1 };
}
