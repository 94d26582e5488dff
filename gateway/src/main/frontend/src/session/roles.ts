import type { SessionUser } from '../api/session';

/** Realm roles of the groenagenda realm (shared/API.md). */
export const ROLE = {
  medewerker: 'medewerker',
  afdelingsmanager: 'afdelingsmanager',
  financieelAdviseur: 'financieel-adviseur',
  raad: 'raad',
  beheerder: 'beheerder',
} as const;

export interface NavItem {
  path: string;
  label: string;
  /** Empty: everyone who is logged in. */
  roles: string[];
}

/** Who works with the agenda, the budgets and the green stock: everyone but the council. */
const STAFF = [ROLE.medewerker, ROLE.afdelingsmanager, ROLE.financieelAdviseur, ROLE.beheerder];

/**
 * Who may open each section of the web UI. The services enforce their own rules anyway; these only
 * keep a user from screens that would show nothing but refusals.
 */
export const SECTION_ROLES = {
  tasks: [ROLE.afdelingsmanager, ROLE.financieelAdviseur],
  budget: [ROLE.financieelAdviseur, ROLE.beheerder],
  agenda: STAFF,
  assets: STAFF,
  reports: [...STAFF, ROLE.raad],
} as const satisfies Record<string, readonly string[]>;

/** The screens of the web UI, in the order of the main menu. */
export const NAV_ITEMS: NavItem[] = [
  { path: '/', label: 'Overzicht', roles: [] },
  { path: '/taken', label: 'Mijn taken', roles: [...SECTION_ROLES.tasks] },
  { path: '/begroting', label: 'Begroting', roles: [...SECTION_ROLES.budget] },
  { path: '/uitvoeringsagenda', label: 'Uitvoeringsagenda', roles: [...SECTION_ROLES.agenda] },
  { path: '/groenareaal', label: 'Groenareaal', roles: [...SECTION_ROLES.assets] },
  { path: '/rapportages', label: 'Rapportages', roles: [...SECTION_ROLES.reports] },
];

export function hasAnyRole(user: SessionUser, roles: readonly string[]): boolean {
  return roles.length === 0 || roles.some((role) => user.roles.includes(role));
}

export function navItemsFor(user: SessionUser): NavItem[] {
  return NAV_ITEMS.filter((item) => hasAnyRole(user, item.roles));
}

export function mayHandleTasks(user: SessionUser): boolean {
  return hasAnyRole(user, SECTION_ROLES.tasks);
}

const ROLE_LABELS: Record<string, string> = {
  medewerker: 'medewerker',
  afdelingsmanager: 'afdelingsmanager',
  'financieel-adviseur': 'financieel adviseur',
  raad: 'raad en griffie',
  beheerder: 'functioneel beheerder',
};

export function roleLabel(role: string): string {
  return ROLE_LABELS[role] ?? role;
}

const DEPARTMENT_LABELS: Record<string, string> = {
  'openbare-ruimte': 'Openbare Ruimte',
  'ruimtelijke-ontwikkeling': 'Ruimtelijke Ontwikkeling',
  samenleving: 'Samenleving',
};

export function departmentLabel(department: string | null | undefined): string {
  if (!department) {
    return '-';
  }
  return DEPARTMENT_LABELS[department] ?? department;
}
