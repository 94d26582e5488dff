import { Route, Routes } from 'react-router';
import { Paragraph } from '@utrecht/component-library-react';
import { NotFoundPage } from '../common/NotFoundPage';
import { PageHeading } from '../common/PageHeading';

/** The screens under /uitvoeringsagenda; loaded only when the section is opened (routes.tsx). */
export function AgendaSection() {
  return (
    <Routes>
      <Route index element={<><PageHeading>Uitvoeringsagenda</PageHeading><Paragraph>Dit scherm wordt gebouwd.</Paragraph></>} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
