// The one place that talks HTTP to the gateway: JSON in and out, the CSRF header on writes,
// problem+json turned into an ApiError, and an expired session sent back to the login.

/** Where the gateway starts a browser login (KeycloakLogin.LOGIN_PATH in the gateway). */
export const LOGIN_PATH = '/oauth2/authorization/keycloak';

/** RFC 9457 problem details as the suite's services write them (NL API Design Rules). */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  invalidParams?: InvalidParam[];
}

export interface InvalidParam {
  name: string;
  reason: string;
}

/** A list page as every API of the suite returns it. */
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  totalItems: number;
  totalPages: number;
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;

  constructor(status: number, problem?: Problem) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

/**
 * Indirection so that tests can see the redirect without jsdom trying to navigate. A full page
 * navigation, not a router one: the login is a round trip through Keycloak.
 */
export const browser = {
  toLogin(): void {
    window.location.assign(LOGIN_PATH);
  },
};

export function readCookie(name: string): string {
  const prefix = `${name}=`;
  const found = document.cookie.split('; ').find((cookie) => cookie.startsWith(prefix));
  return found ? decodeURIComponent(found.substring(prefix.length)) : '';
}

export function csrfToken(): string {
  return readCookie('XSRF-TOKEN');
}

export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, {
    headers: { Accept: 'application/json' },
    credentials: 'same-origin',
    signal,
  });
  return handle<T>(response);
}

export async function postJson<T>(url: string, body: unknown): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      // The session cookie is ambient; the gateway accepts a cookie-borne write only with this header.
      'X-XSRF-TOKEN': csrfToken(),
    },
    credentials: 'same-origin',
    body: JSON.stringify(body),
  });
  return handle<T>(response);
}

async function handle<T>(response: Response): Promise<T> {
  if (response.status === 401) {
    browser.toLogin();
    throw new ApiError(401, await problemOf(response));
  }
  if (!response.ok) {
    throw new ApiError(response.status, await problemOf(response));
  }
  if (response.status === 204) {
    return undefined as T;
  }
  return (await response.json()) as T;
}

async function problemOf(response: Response): Promise<Problem | undefined> {
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('json')) {
    return undefined;
  }
  try {
    return (await response.json()) as Problem;
  } catch {
    return undefined;
  }
}
