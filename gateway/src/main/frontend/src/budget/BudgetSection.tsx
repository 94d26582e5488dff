import { Route, Routes } from 'react-router';
import { Paragraph } from '@utrecht/component-library-react';
import { NotFoundPage } from '../common/NotFoundPage';
import { PageHeading } from '../common/PageHeading';

/** The screens under /begroting; loaded only when the section is opened (routes.tsx). */
export function BudgetSection() {
  return (
    <Routes>
      <Route index element={<><PageHeading>Begroting</PageHeading><Paragraph>Dit scherm wordt gebouwd.</Paragraph></>} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
