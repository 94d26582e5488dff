import { getJson } from './http';

const BASE = '/api/budget/v1';

export interface Figures {
  year: number | null;
  budget: number;
  reserved: number;
  realised: number;
  available: number;
  pendingClaims: number;
}

export interface OverviewLine {
  code: string;
  name: string;
  years: Figures[];
  total: Figures;
}

export interface BudgetOverview {
  fromYear: number;
  toYear: number;
  unit: string;
  lines: OverviewLine[];
  total: Figures;
}

export function fetchBudgetOverview(year: number, signal?: AbortSignal): Promise<BudgetOverview> {
  return getJson<BudgetOverview>(`${BASE}/overview?fromYear=${year}&toYear=${year}`, signal);
}
