import { ApiError, getJson } from '../api/http';

// The reads behind the proposal's key figures on the Overzicht. Only the fields used here are typed;
// the Begroting and Groenareaal sections type these resources in full.

interface StockSummary {
  totalReplacementValue: number;
  synthetic: boolean;
}

interface LineListItem {
  code: string;
  kind: 'OPERATING' | 'INVESTMENT';
}

interface LineDetail {
  code: string;
  name: string;
  years: { year: number; realised: number }[];
  capitalChargeSchedule?: { year: number; capitalCharges: number }[];
}

export interface KeyFigures {
  stockValue: number | null;
  stockIsSynthetic: boolean;
  /** What was spent on the investment lines (the replacement budget) up to and including the year. */
  renewedSoFar: number;
  /** The capital charges of every investment line in the year. */
  capitalCharges: number;
  investmentLines: string[];
}

export async function fetchKeyFigures(year: number, signal?: AbortSignal): Promise<KeyFigures> {
  const [summary, lines] = await Promise.all([
    getJson<StockSummary>('/api/assets/v1/summary', signal).catch(unlessForbidden),
    getJson<{ items: LineListItem[] }>('/api/budget/v1/budget-lines?pageSize=500', signal),
  ]);
  const investments = await Promise.all(
    lines.items
      .filter((line) => line.kind === 'INVESTMENT')
      .map((line) => getJson<LineDetail>(`/api/budget/v1/budget-lines/${encodeURIComponent(line.code)}`, signal)),
  );
  let renewedSoFar = 0;
  let capitalCharges = 0;
  for (const line of investments) {
    renewedSoFar += line.years.filter((y) => y.year <= year).reduce((sum, y) => sum + y.realised, 0);
    capitalCharges += line.capitalChargeSchedule?.find((y) => y.year === year)?.capitalCharges ?? 0;
  }
  return {
    stockValue: summary?.totalReplacementValue ?? null,
    stockIsSynthetic: summary?.synthetic ?? false,
    renewedSoFar,
    capitalCharges,
    investmentLines: investments.map((line) => line.name),
  };
}

/** A role that may not read the register still sees the budget's figures. */
function unlessForbidden(error: unknown): null {
  if (error instanceof ApiError && error.status === 403) return null;
  throw error;
}
