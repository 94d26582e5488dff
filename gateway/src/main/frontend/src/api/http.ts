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
    window.location.assign(loginTarget());
  },
};

const RETURNED_AT = 'groenagenda:login-return';
/** A second 401 this soon after coming back means that logging in again does not help. */
const RETURN_GUARD_MS = 30_000;

/**
 * Where to go for a new login: the page the user is on, loaded anew. The gateway no longer knows the
 * session, so it keeps that request (its request cache), sends the browser to Keycloak and after the
 * login back to the same path and query: the screen, its filters and the drafts in sessionStorage
 * (useStoredDraft) are there again. Only this origin's own path, so nothing can redirect elsewhere.
 * Should the API still answer 401 right after such a return, the plain login start, to avoid a loop.
 */
export function loginTarget(now = Date.now()): string {
  try {
    if (now - Number(window.sessionStorage.getItem(RETURNED_AT) ?? 0) < RETURN_GUARD_MS) {
      return LOGIN_PATH;
    }
    window.sessionStorage.setItem(RETURNED_AT, String(now));
  } catch {
    // No storage (private mode): no loop guard, the return still works.
  }
  return window.location.pathname + window.location.search;
}

export function readCookie(name: string): string {
  const prefix = `${name}=`;
  const found = document.cookie.split('; ').find((cookie) => cookie.startsWith(prefix));
  return found ? decodeURIComponent(found.substring(prefix.length)) : '';
}

export function csrfToken(): string {
  return readCookie('XSRF-TOKEN');
}

/** A read; `accept` for a JSON variant such as application/geo+json. */
export async function getJson<T>(url: string, signal?: AbortSignal, accept = 'application/json'): Promise<T> {
  const response = await fetch(url, {
    headers: { Accept: accept },
    credentials: 'same-origin',
    signal,
  });
  return handle<T>(response);
}

export async function postJson<T>(url: string, body: unknown, headers: Record<string, string> = {}): Promise<T> {
  return sendJson<T>('POST', url, body, headers);
}

/** A PUT of a whole resource; `etag` is what the GET answered, sent as If-Match so no change is lost. */
export async function putJson<T>(url: string, body: unknown, etag?: string): Promise<T> {
  return sendJson<T>('PUT', url, body, etag ? { 'If-Match': etag } : {});
}

export async function sendJson<T>(method: string, url: string, body: unknown, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(url, {
    method,
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      ...writeHeaders(),
      ...headers,
    },
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return handle<T>(response);
}

/** A read that also hands back the ETag, for a later PUT with If-Match. */
export async function getJsonWithEtag<T>(url: string, signal?: AbortSignal): Promise<{ data: T; etag: string | undefined }> {
  const response = await fetch(url, {
    headers: { Accept: 'application/json' },
    credentials: 'same-origin',
    signal,
  });
  const data = await handle<T>(response);
  return { data, etag: response.headers.get('ETag') ?? undefined };
}

/**
 * A body that is not JSON: a file as it is (`contentType` names it) or a FormData (no `contentType`:
 * the browser sets the multipart boundary itself).
 */
export async function postBody<T>(url: string, body: Blob | FormData, contentType?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { Accept: 'application/json', ...(contentType ? { 'Content-Type': contentType } : {}), ...writeHeaders() },
    credentials: 'same-origin',
    body,
  });
  return handle<T>(response);
}

/** A file the API makes (an export), with the name it gives in Content-Disposition. */
export interface DownloadedFile {
  blob: Blob;
  fileName: string | undefined;
}

export async function download(url: string, accept: string, signal?: AbortSignal): Promise<DownloadedFile> {
  const response = await fetch(url, { headers: { Accept: accept }, credentials: 'same-origin', signal });
  if (response.status === 401 || !response.ok) {
    return handle<never>(response);
  }
  return { blob: await response.blob(), fileName: fileNameOf(response.headers.get('Content-Disposition')) };
}

export function fileNameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (extended) return decodeURIComponent(extended[1]);
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1];
}

function writeHeaders(): Record<string, string> {
  // The session cookie is ambient; the gateway accepts a cookie-borne write only with this header.
  return { 'X-XSRF-TOKEN': csrfToken() };
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
