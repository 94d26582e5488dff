import type { ReactNode } from 'react';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { hasAnyRole, roleLabel } from '../session/roles';
import { useSession } from '../session/SessionContext';
import { PageHeading } from './PageHeading';

/** A shared link may reach someone whose role has no such screen: say so instead of a blank page. */
export function RequireRole({ roles, children }: { roles: readonly string[]; children: ReactNode }) {
  const user = useSession();
  if (hasAnyRole(user, roles)) {
    return <>{children}</>;
  }
  return (
    <>
      <PageHeading>Geen toegang</PageHeading>
      <Alert type="warning">
        <Paragraph>
          Dit scherm is er voor de rollen {listInDutch(roles.map(roleLabel))}. Uw rollen geven er geen toegang toe.
        </Paragraph>
      </Alert>
    </>
  );
}

function listInDutch(words: string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} en ${words[words.length - 1]}`;
}
