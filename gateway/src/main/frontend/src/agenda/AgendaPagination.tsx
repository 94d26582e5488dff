import { Link } from 'react-router';
import { withPage } from './listQuery';

/** Links, not buttons: a page of results is a place that can be shared and reopened. */
export function AgendaPagination({ params, page, totalPages }: { params: URLSearchParams; page: number; totalPages: number }) {
  if (totalPages <= 1) return null;
  const href = (target: number) => `/uitvoeringsagenda?${withPage(params, target)}`;
  return (
    <nav aria-label="Paginering" className="groenagenda-pagination">
      <ul className="groenagenda-pagination__list">
        {page > 1 && (
          <li><Link className="utrecht-link" to={href(page - 1)} rel="prev">Vorige pagina</Link></li>
        )}
        <li aria-current="page">Pagina {page} van {totalPages}</li>
        {page < totalPages && (
          <li><Link className="utrecht-link" to={href(page + 1)} rel="next">Volgende pagina</Link></li>
        )}
      </ul>
    </nav>
  );
}
