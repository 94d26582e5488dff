import type { RouteObject } from 'react-router';
import { NotFoundPage } from './common/NotFoundPage';
import { RequireRole } from './common/RequireRole';
import { OverviewPage } from './overview/OverviewPage';
import { ROLE } from './session/roles';
import { AppShell } from './shell/AppShell';
import { TaskListPage } from './tasks/TaskListPage';
import { TaskPage } from './tasks/TaskPage';

const TASK_ROLES = [ROLE.afdelingsmanager, ROLE.financieelAdviseur];

/**
 * The client-side routes. The gateway serves index.html for exactly these paths (SpaRoutes), so that
 * a shared link or a reload lands on the same screen.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    children: [
      { index: true, element: <OverviewPage /> },
      { path: 'taken', element: <RequireRole roles={TASK_ROLES}><TaskListPage /></RequireRole> },
      { path: 'taken/:taskId', element: <RequireRole roles={TASK_ROLES}><TaskPage /></RequireRole> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
