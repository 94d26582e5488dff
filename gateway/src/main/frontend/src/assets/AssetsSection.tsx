import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../common/NotFoundPage';
import { AssetsNavigation } from './AssetsNavigation';
import { ComparisonPage } from './ComparisonPage';
import { CostNormsPage } from './CostNormsPage';
import { PlanPage } from './PlanPage';
import { SummaryPage } from './SummaryPage';
import './assets.css';

/** The screens under /groenareaal; loaded only when the section is opened (routes.tsx). */
export function AssetsSection() {
  return (
    <>
      <AssetsNavigation />
      <Routes>
        <Route index element={<SummaryPage />} />
        <Route path="vervangingsplan" element={<PlanPage />} />
        <Route path="vergelijking" element={<ComparisonPage />} />
        <Route path="kostennormen" element={<CostNormsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </>
  );
}
