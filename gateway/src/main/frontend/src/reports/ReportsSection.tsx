import { Route, Routes } from 'react-router';
import { Paragraph } from '@utrecht/component-library-react';
import { NotFoundPage } from '../common/NotFoundPage';
import { PageHeading } from '../common/PageHeading';

/** The screens under /rapportages; loaded only when the section is opened (routes.tsx). */
export function ReportsSection() {
  return (
    <Routes>
      <Route index element={<><PageHeading>Rapportages</PageHeading><Paragraph>Dit scherm wordt gebouwd.</Paragraph></>} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
