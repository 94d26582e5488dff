import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../common/NotFoundPage';
import { ReportsPage } from './ReportsPage';

/** The screens under /rapportages; loaded only when the section is opened (routes.tsx). */
export function ReportsSection() {
  return (
    <Routes>
      <Route index element={<ReportsPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
