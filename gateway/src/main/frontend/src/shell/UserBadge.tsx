import { departmentLabel, roleLabel } from '../session/roles';
import { useSession } from '../session/SessionContext';

export function UserBadge() {
  const user = useSession();
  const who = user.name ?? user.username;
  const roles = user.roles.map(roleLabel).join(', ');
  return (
    <p className="groenagenda-user">
      Aangemeld als <strong>{who}</strong>
      {user.afdeling && <>, afdeling {departmentLabel(user.afdeling)}</>}
      {roles && <span className="groenagenda-user__roles"> ({roles})</span>}
    </p>
  );
}
