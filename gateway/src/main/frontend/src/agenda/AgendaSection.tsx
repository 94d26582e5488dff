import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../common/NotFoundPage';
import { AgendaItemPage } from './AgendaItemPage';
import { AgendaListPage } from './AgendaListPage';
import { CreateItemPage, EditItemPage } from './ItemFormPages';
import './agenda.css';

/** The screens under /uitvoeringsagenda; loaded only when the section is opened (routes.tsx). */
export function AgendaSection() {
  return (
    <Routes>
      <Route index element={<AgendaListPage />} />
      <Route path="nieuw" element={<CreateItemPage />} />
      <Route path=":id" element={<AgendaItemPage />} />
      <Route path=":id/bewerken" element={<EditItemPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
