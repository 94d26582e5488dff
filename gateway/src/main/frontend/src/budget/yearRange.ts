import { FIRST_FISCAL_YEAR, LAST_FISCAL_YEAR } from '../api/budget';

export interface YearRange {
  from: number;
  to: number;
}

/** Five years from this one: what a multi-year budget shows; the URL can ask for any fiscal years. */
const DEFAULT_SPAN = 5;

function clamp(year: number): number {
  return Math.min(Math.max(year, FIRST_FISCAL_YEAR), LAST_FISCAL_YEAR);
}

function defaultRange(today = new Date()): YearRange {
  const from = clamp(today.getFullYear());
  return { from, to: clamp(from + DEFAULT_SPAN - 1) };
}

/** The range in ?van=&tot=, falling back to the default for what is missing or out of range. */
export function rangeFromParams(params: URLSearchParams, today = new Date()): YearRange {
  const fallback = defaultRange(today);
  const read = (name: string, otherwise: number) => {
    const value = Number(params.get(name));
    return Number.isInteger(value) && value >= FIRST_FISCAL_YEAR && value <= LAST_FISCAL_YEAR ? value : otherwise;
  };
  const from = read('van', fallback.from);
  const to = read('tot', Math.max(from, fallback.to));
  return to < from ? { from, to: from } : { from, to };
}

export function fiscalYears(): number[] {
  const years: number[] = [];
  for (let year = FIRST_FISCAL_YEAR; year <= LAST_FISCAL_YEAR; year++) years.push(year);
  return years;
}
