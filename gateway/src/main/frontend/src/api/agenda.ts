import { getJson } from './http';

const BASE = '/api/agenda/v1';

export type Status =
  | 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'COVERED' | 'CLAIMED' | 'ADOPTED'
  | 'IN_EXECUTION' | 'DONE' | 'RETURNED' | 'REJECTED' | 'DEFERRED';

export type Coverage = 'EXISTING_BUDGET' | 'CLAIM' | 'ADOPTED';

export interface Cost {
  year: number;
  amount: number;
  recurring: boolean;
  kind: 'OPERATING' | 'INVESTMENT';
}

export interface HistoryEntry {
  at: string;
  actor: string;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  reason: string | null;
}

export interface AgendaItem {
  id: string;
  title: string;
  description: string | null;
  department: string;
  theme: string | null;
  districts: string[];
  budgetLineCode: string | null;
  status: Status;
  coverage?: Coverage;
  kaderbriefYear?: number;
  costs: Cost[];
  history?: HistoryEntry[];
}

/** The council's report as JSON: the same figures as its PDF and spreadsheets. */
export interface AgendaReport {
  title: string;
  years: number[];
  rows: AgendaReportRow[];
  yearTotals: Record<string, number>;
  grandTotal: number;
  containsExamples: boolean;
}

export interface AgendaReportRow {
  id: string;
  title: string;
  /** Already the Dutch label, e.g. "Ingediend". */
  status: string;
  /** Already the Dutch label: Groen, Oranje or Rood. */
  trafficLight: string;
  total: number;
}

export function fetchAgendaItem(id: string, signal?: AbortSignal): Promise<AgendaItem> {
  return getJson<AgendaItem>(`${BASE}/agenda-items/${encodeURIComponent(id)}`, signal);
}

export function fetchAgendaReport(signal?: AbortSignal): Promise<AgendaReport> {
  return getJson<AgendaReport>(`${BASE}/reports/agenda`, signal);
}
