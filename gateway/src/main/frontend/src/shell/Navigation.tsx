import { NavLink } from 'react-router';
import { navItemsFor } from '../session/roles';
import { useSession } from '../session/SessionContext';

export function Navigation() {
  const user = useSession();
  return (
    <nav className="utrecht-nav-bar groenagenda-nav" aria-label="Hoofdmenu">
      <ul className="utrecht-nav-list groenagenda-nav__list">
        {navItemsFor(user).map((item) => (
          <li className="utrecht-nav-list__item" key={item.path}>
            {/* NavLink sets aria-current="page" on the screen that is open. */}
            <NavLink to={item.path} end={item.path === '/'} className="utrecht-nav-list__link groenagenda-nav__link">
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
