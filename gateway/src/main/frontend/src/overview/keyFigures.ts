import { fetchBudgetLine, type BudgetLine } from '../api/budget';
import { ApiError, getJson } from '../api/http';

// The reads behind the proposal's key figures on the Overzicht. The register's summary is typed only
// as far as it is used here; the Groenareaal section types it in full.

interface StockSummary {
  totalReplacementValue: number;
  synthetic: boolean;
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
    getJson<{ items: Pick<BudgetLine, 'code' | 'kind'>[] }>('/api/budget/v1/budget-lines?pageSize=500', signal),
  ]);
  const investments = await Promise.all(
    lines.items
      .filter((line) => line.kind === 'INVESTMENT')
      .map((line) => fetchBudgetLine(line.code, signal)),
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
