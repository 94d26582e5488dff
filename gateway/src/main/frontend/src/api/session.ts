import { getJson } from './http';

/** `GET /session` of the gateway: who is logged in. Never carries a token. */
export interface SessionUser {
  username: string;
  name: string | null;
  roles: string[];
  afdeling: string | null;
}

export function fetchSession(signal?: AbortSignal): Promise<SessionUser> {
  return getJson<SessionUser>('/session', signal);
}
