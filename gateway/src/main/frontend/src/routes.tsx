import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { Paragraph } from '@utrecht/component-library-react';
import { NotFoundPage } from './common/NotFoundPage';
import { RequireRole } from './common/RequireRole';
import { OverviewPage } from './overview/OverviewPage';
import { SECTION_ROLES } from './session/roles';
import { AppShell } from './shell/AppShell';
import { TaskListPage } from './tasks/TaskListPage';
import { TaskPage } from './tasks/TaskPage';

/**
 * A section of the UI in a chunk of its own, fetched when the section is first opened: the first
 * screen does not pay for the maps, charts and forms of the others. Inside, the section routes its
 * own sub-paths with <Routes>.
 */
function section(roles: readonly string[], load: () => Promise<ComponentType>): Pick<RouteObject, 'lazy'> {
  return {
    lazy: async () => {
      const Screen = await load();
      return { element: <RequireRole roles={roles}><Screen /></RequireRole> };
    },
  };
}

/**
 * The client-side routes. The gateway serves index.html for everything below these top-level
 * sections (WebUiRoutes.SECTIONS), so that a shared link or a reload lands on the same screen.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    // A shared link into a section waits for that section's chunk before anything is drawn.
    hydrateFallbackElement: <Paragraph role="status" className="groenagenda-boot">De Groenagenda wordt geladen…</Paragraph>,
    children: [
      { index: true, element: <OverviewPage /> },
      { path: 'taken', element: <RequireRole roles={SECTION_ROLES.tasks}><TaskListPage /></RequireRole> },
      { path: 'taken/:taskId', element: <RequireRole roles={SECTION_ROLES.tasks}><TaskPage /></RequireRole> },
      { path: 'begroting/*', ...section(SECTION_ROLES.budget, async () => (await import('./budget/BudgetSection')).BudgetSection) },
      { path: 'uitvoeringsagenda/*', ...section(SECTION_ROLES.agenda, async () => (await import('./agenda/AgendaSection')).AgendaSection) },
      { path: 'groenareaal/*', ...section(SECTION_ROLES.assets, async () => (await import('./assets/AssetsSection')).AssetsSection) },
      { path: 'rapportages/*', ...section(SECTION_ROLES.reports, async () => (await import('./reports/ReportsSection')).ReportsSection) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
