/** The list screen's state in the URL: shareable, and kept when the user goes back from an item. */

/** The API's filters that the screen offers, each one value at a time. */
export const FILTERS = ['status', 'theme', 'district', 'department', 'vision', 'measureType', 'trafficLight'] as const;
export type FilterName = (typeof FILTERS)[number];

export const PAGE_SIZE = 20;

/** The URL parameter that hides the map; shown unless the user hid it. */
export const MAP_PARAMETER = 'kaart';
export const MAP_HIDDEN = 'verborgen';

export const SORTS = [
  { value: '', label: 'Laatst gewijzigd eerst (bij zoeken: best passend)' },
  { value: 'title', label: 'Titel (A-Z)' },
  { value: '-title', label: 'Titel (Z-A)' },
  { value: 'updatedAt', label: 'Langst niet gewijzigd eerst' },
  { value: 'plannedStart', label: 'Geplande start (vroegste eerst)' },
  { value: '-plannedStart', label: 'Geplande start (laatste eerst)' },
  { value: 'status', label: 'Status' },
] as const;

/** The query of the list call: the filters, search and sort in the URL, and the page. */
export function listQuery(params: URLSearchParams): URLSearchParams {
  const query = filterQuery(params);
  const sort = params.get('sort');
  if (sort) query.set('sort', sort);
  query.set('page', String(pageOf(params)));
  query.set('pageSize', String(PAGE_SIZE));
  return query;
}

/** The query of the map: the same items, unpaged and unsorted. */
export function filterQuery(params: URLSearchParams): URLSearchParams {
  const query = new URLSearchParams();
  for (const name of FILTERS) {
    const value = params.get(name);
    if (value) query.set(name, value);
  }
  const q = params.get('q')?.trim();
  if (q) query.set('q', q);
  return query;
}

export function pageOf(params: URLSearchParams): number {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page > 0 ? page : 1;
}

/** The URL after a new page: everything else stays. */
export function withPage(params: URLSearchParams, page: number): URLSearchParams {
  const next = new URLSearchParams(params);
  if (page <= 1) next.delete('page');
  else next.set('page', String(page));
  return next;
}

export function hasFilters(params: URLSearchParams): boolean {
  return filterQuery(params).toString() !== '';
}
