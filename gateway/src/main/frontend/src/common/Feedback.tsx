import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { ApiError } from '../api/http';
import { problemMessage } from './messages';

/** Announced politely: a screen reader hears that something is loading without losing its place. */
export function Loading({ what, plural = false }: { what: string; plural?: boolean }) {
  return (
    <Paragraph className="groenagenda-loading" role="status">
      {what} {plural ? 'worden' : 'wordt'} geladen…
    </Paragraph>
  );
}

export function ErrorAlert({ error, what }: { error: ApiError; what: string }) {
  return (
    <Alert type={error.status === 403 ? 'warning' : 'error'} role="alert">
      <Paragraph>{problemMessage(error, what)}</Paragraph>
    </Alert>
  );
}
