import { NavLink } from 'react-router';

const SCREENS = [
  { to: '/groenareaal', label: 'Areaal per wijk', end: true },
  { to: '/groenareaal/vervangingsplan', label: 'Vervangingsplan', end: false },
  { to: '/groenareaal/vergelijking', label: 'Plannen vergelijken', end: false },
  { to: '/groenareaal/kostennormen', label: 'Kostennormen', end: false },
];

/** The screens of the section; NavLink marks the open one with aria-current="page". */
export function AssetsNavigation() {
  return (
    <nav aria-label="Groenareaal" className="groenagenda-subnav">
      <ul className="groenagenda-subnav__list">
        {SCREENS.map((screen) => (
          <li key={screen.to}>
            <NavLink to={screen.to} end={screen.end} className="groenagenda-subnav__link">
              {screen.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
