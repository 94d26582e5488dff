import { createContext, useContext } from 'react';
import type { SessionUser } from '../api/session';

export const SessionContext = createContext<SessionUser | null>(null);

/** The logged-in user; the shell renders no screen before it is known. */
export function useSession(): SessionUser {
  const user = useContext(SessionContext);
  if (!user) {
    throw new Error('useSession outside the SessionContext');
  }
  return user;
}
