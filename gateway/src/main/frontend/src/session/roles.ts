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

/**
 * The screens of the web UI. Screens that are not built yet (Begroting, Uitvoeringsagenda,
 * Groenareaal, Rapportages) are left out rather than shown disabled: a link that leads nowhere is
 * noise for keyboard and screen reader users.
 */
export const NAV_ITEMS: NavItem[] = [
  { path: '/', label: 'Overzicht', roles: [] },
  { path: '/taken', label: 'Mijn taken', roles: [ROLE.afdelingsmanager, ROLE.financieelAdviseur] },
];

export function hasAnyRole(user: SessionUser, roles: string[]): boolean {
  return roles.length === 0 || roles.some((role) => user.roles.includes(role));
}

export function navItemsFor(user: SessionUser): NavItem[] {
  return NAV_ITEMS.filter((item) => hasAnyRole(user, item.roles));
}

export function mayHandleTasks(user: SessionUser): boolean {
  return hasAnyRole(user, [ROLE.afdelingsmanager, ROLE.financieelAdviseur]);
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
