import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../common/NotFoundPage';
import { ActualsImportPage } from './ActualsImportPage';
import { BudgetGridPage } from './BudgetGridPage';
import { BudgetLinePage } from './BudgetLinePage';
import { BudgetNav } from './BudgetNav';
import { CapitalChargesPage } from './CapitalChargesPage';
import { CycleListPage } from './CycleListPage';
import { CyclePage } from './CyclePage';
import './budget.css';

/** The screens under /begroting; loaded only when the section is opened (routes.tsx). */
export function BudgetSection() {
  return (
    <div className="groenagenda-budget">
      <BudgetNav />
      <Routes>
        <Route index element={<BudgetGridPage />} />
        <Route path="regels/:code" element={<BudgetLinePage />} />
        <Route path="kapitaallasten" element={<CapitalChargesPage />} />
        <Route path="kaderbrief" element={<CycleListPage />} />
        <Route path="kaderbrief/:year" element={<CyclePage />} />
        <Route path="werkelijk" element={<ActualsImportPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </div>
  );
}
