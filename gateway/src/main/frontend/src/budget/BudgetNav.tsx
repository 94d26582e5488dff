import { NavLink } from 'react-router';

const PAGES = [
  { to: '/begroting', label: 'Meerjarenoverzicht', end: true },
  { to: '/begroting/kapitaallasten', label: 'Kapitaallasten', end: false },
  { to: '/begroting/kaderbrief', label: 'Kaderbrief', end: false },
  { to: '/begroting/werkelijk', label: 'Werkelijke uitgaven importeren', end: false },
];

/** The pages of the section as plain links: every page is a Tab away for keyboard users. */
export function BudgetNav() {
  return (
    <nav aria-label="Begroting" className="groenagenda-budget-nav">
      <ul>
        {PAGES.map((page) => (
          <li key={page.to}>
            <NavLink className="utrecht-link" to={page.to} end={page.end}>
              {page.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
