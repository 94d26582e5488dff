import type { ReactNode } from 'react';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { hasAnyRole } from '../session/roles';
import { useSession } from '../session/SessionContext';
import { PageHeading } from './PageHeading';

/** A shared link may reach someone whose role has no such screen: say so instead of a blank page. */
export function RequireRole({ roles, children }: { roles: string[]; children: ReactNode }) {
  const user = useSession();
  if (hasAnyRole(user, roles)) {
    return <>{children}</>;
  }
  return (
    <>
      <PageHeading>Geen toegang</PageHeading>
      <Alert type="warning">
        <Paragraph>Dit scherm is er voor afdelingsmanagers en financieel adviseurs. Uw rollen geven er geen toegang toe.</Paragraph>
      </Alert>
    </>
  );
}
