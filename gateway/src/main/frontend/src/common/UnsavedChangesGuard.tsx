import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';

/**
 * Warns before work is lost: inside the app with a question the user answers on the page, and on
 * reload or closing the tab with the browser's own dialog (the only one a page may trigger then).
 */
const DECISION_NOT_RECORDED =
  'U heeft uw beslissing nog niet vastgelegd. Wilt u deze pagina verlaten? Wat u invulde gaat dan verloren.';

export function UnsavedChangesGuard({ when, message = DECISION_NOT_RECORDED }: { when: boolean; message?: string }) {
  const blocker = useBlocker(({ currentLocation, nextLocation }) =>
    when && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (!when) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [when]);

  if (blocker.state !== 'blocked') {
    return null;
  }
  return (
    <Alert type="warning" role="alertdialog" aria-labelledby="unsaved-title">
      <Paragraph id="unsaved-title">
        {message}
      </Paragraph>
      <ButtonGroup>
        <Button appearance="secondary-action-button" onClick={() => blocker.reset()} autoFocus>
          Blijven
        </Button>
        <Button appearance="subtle-button" onClick={() => blocker.proceed()}>
          Pagina verlaten
        </Button>
      </ButtonGroup>
    </Alert>
  );
}
