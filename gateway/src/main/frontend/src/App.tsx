import { useMemo } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { fetchSession } from './api/session';
import { useApi } from './common/useApi';
import { problemMessage } from './common/messages';
import { routes } from './routes';
import { SessionContext } from './session/SessionContext';

/** Nothing is drawn before the gateway says who is logged in; a 401 has already gone to the login. */
export function App() {
  const session = useApi((signal) => fetchSession(signal), []);
  const router = useMemo(() => createBrowserRouter(routes), []);

  if (session.state === 'loading') {
    return <Paragraph role="status" className="groenagenda-boot">De Groenagenda wordt geladen…</Paragraph>;
  }
  if (session.state === 'failed') {
    return (
      <main className="groenagenda-boot">
        <h1 className="utrecht-heading-1">Groenagenda</h1>
        <Alert type={session.error.status === 401 ? 'info' : 'error'} role="alert">
          <Paragraph>{problemMessage(session.error, 'Uw gegevens')}</Paragraph>
        </Alert>
      </main>
    );
  }
  return (
    <SessionContext.Provider value={session.data}>
      <RouterProvider router={router} />
    </SessionContext.Provider>
  );
}
