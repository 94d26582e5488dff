import type { InvalidParam } from '../api/http';
import type { ReportFilters } from '../api/reports';
import { errorsFromProblem as fieldErrorsFromProblem } from '../agenda/problems';

export const NO_FILTERS: ReportFilters = {
  cycle: '',
  themes: [],
  statuses: [],
  districts: [],
  departments: [],
  fromYear: '',
  toYear: '',
};

/** Field of the form -> the query parameter the API names it by in invalidParams. */
export type FilterField = 'cycle' | 'theme' | 'status' | 'district' | 'department' | 'fromYear' | 'toYear';

export type FilterErrors = Partial<Record<FilterField, string>>;

const FIELDS: FilterField[] = ['cycle', 'theme', 'status', 'district', 'department', 'fromYear', 'toYear'];

/** The filters live in the URL, so that a link to a selection can be shared and survives a login. */
export function filtersFromUrl(params: URLSearchParams): ReportFilters {
  const all = (name: string) => params.getAll(name).flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);
  return {
    cycle: params.get('cycle')?.trim() ?? '',
    themes: all('theme'),
    statuses: all('status'),
    districts: all('district'),
    departments: all('department'),
    fromYear: params.get('fromYear')?.trim() ?? '',
    toYear: params.get('toYear')?.trim() ?? '',
  };
}

const YEAR = /^\d{4}$/;

/** What can be checked before asking: the API checks the rest (known values, its own year range). */
export function validateFilters(filters: ReportFilters): FilterErrors {
  const errors: FilterErrors = {};
  if (filters.cycle && (!YEAR.test(filters.cycle) || Number(filters.cycle) < 2000 || Number(filters.cycle) > 2100)) {
    errors.cycle = 'Vul het jaar van een Kaderbrief in, bijvoorbeeld 2026.';
  }
  if (filters.fromYear && !YEAR.test(filters.fromYear)) {
    errors.fromYear = 'Vul een jaar in van vier cijfers, bijvoorbeeld 2026.';
  }
  if (filters.toYear && !YEAR.test(filters.toYear)) {
    errors.toYear = 'Vul een jaar in van vier cijfers, bijvoorbeeld 2030.';
  }
  if (!errors.fromYear && !errors.toYear && filters.fromYear && filters.toYear && Number(filters.toYear) < Number(filters.fromYear)) {
    errors.toYear = 'Het laatste jaar mag niet voor het eerste jaar liggen.';
  }
  return errors;
}

/** A 400's invalidParams next to their fields; anything the form has no field for, in `other`. */
export function errorsFromProblem(params: InvalidParam[]): { fields: FilterErrors; other: string[] } {
  return fieldErrorsFromProblem(params, (name) => FIELDS.find((field) => field === name));
}

export function hasErrors(errors: FilterErrors): boolean {
  return Object.values(errors).some(Boolean);
}
