import { ApiError, download, getJson, postBody, postJson, sendJson, type DownloadedFile, type Page } from './http';

const BASE = '/api/budget/v1';
const WORKFLOW = '/api/workflow/v1';

// --- Overview (GET /overview) ---------------------------------------------------------------------

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
  taakveld?: string;
  taakveldName?: string;
  kind?: LineKind;
  years: Figures[];
  total: Figures;
}

export interface BudgetOverview {
  fromYear: number;
  toYear: number;
  unit: string;
  lines: OverviewLine[];
  /** Per year over all lines, in the order of the years. */
  totals?: Figures[];
  total: Figures;
}

/** The fiscal years the budget-service knows (budget_year, overview defaults). */
export const FIRST_FISCAL_YEAR = 2024;
export const LAST_FISCAL_YEAR = 2044;

export function fetchBudgetOverview(year: number, signal?: AbortSignal): Promise<BudgetOverview> {
  return fetchOverview(year, year, signal);
}

export function fetchOverview(fromYear: number, toYear: number, signal?: AbortSignal): Promise<BudgetOverview> {
  return getJson<BudgetOverview>(`${BASE}/overview?fromYear=${fromYear}&toYear=${toYear}`, signal);
}

export type OverviewFormat = 'csv' | 'xlsx';

const OVERVIEW_MEDIA_TYPES: Record<OverviewFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function downloadOverview(fromYear: number, toYear: number, format: OverviewFormat, signal?: AbortSignal): Promise<DownloadedFile> {
  return download(`${BASE}/overview?fromYear=${fromYear}&toYear=${toYear}`, OVERVIEW_MEDIA_TYPES[format], signal);
}

// --- Budget lines ---------------------------------------------------------------------------------

export type LineKind = 'OPERATING' | 'INVESTMENT';
export type YearStatus = 'PROPOSED' | 'TO_BE_WEIGHED' | 'ADOPTED';
export type Method = 'ANNUITY' | 'LINEAR';
export type FirstDepreciation = 'YEAR_AFTER' | 'SAME_YEAR';

export interface Amounts {
  structural: number;
  oneOff: number;
  total: number;
}

export interface IncomeSource {
  party: string;
  structural: number;
  oneOff: number;
}

export interface BudgetYear {
  year: number;
  expenses: Amounts;
  income: Amounts;
  incomeSources: IncomeSource[];
  status: YearStatus;
  kaderbriefYear: number | null;
  staffHoursPerWeek: number | null;
  reserved: number;
  realised: number;
  available: number;
}

export interface CapitalParameters {
  method: Method;
  termYears: number;
  interestRate: number;
  firstDepreciation: FirstDepreciation;
}

export interface ScheduleYear {
  year: number;
  depreciation: number;
  interest: number;
  capitalCharges: number;
  bookValue: number;
}

export interface BudgetLine {
  code: string;
  name: string;
  description: string;
  taakveld: string;
  taakveldName: string;
  kind: LineKind;
  department: string;
  capitalChargeParameters: CapitalParameters | null;
  years: BudgetYear[];
  capitalChargeSchedule: ScheduleYear[] | null;
}

/** Who changed what of a line, when and why; before/after are the stored rows as JSON. */
export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  entityType: string;
  entityId: string;
  action: string;
  reason: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface YearChange {
  expensesStructural: number;
  expensesOneOff: number;
  status: YearStatus;
  kaderbriefYear?: number;
  staffHoursPerWeek?: number;
  reason: string;
}

const line = (code: string) => `${BASE}/budget-lines/${encodeURIComponent(code)}`;

export function fetchBudgetLine(code: string, signal?: AbortSignal): Promise<BudgetLine> {
  return getJson<BudgetLine>(line(code), signal);
}

/** The whole history: the API pages at most 500 entries, more than a line gathers in years. */
export function fetchLineHistory(code: string, signal?: AbortSignal): Promise<Page<AuditEntry>> {
  return getJson<Page<AuditEntry>>(`${line(code)}/history?pageSize=500`, signal);
}

/** Sets one year of a line (the API takes no If-Match here; a budget below what is committed is 409). */
export function changeYear(code: string, year: number, change: YearChange): Promise<BudgetLine> {
  return sendJson<BudgetLine>('PUT', `${line(code)}/years/${year}`, change);
}

// --- Capital charges (a calculation, not a change) ------------------------------------------------

export interface CapitalChargeRequest {
  amount: number;
  firstYear: number;
  method: Method;
  termYears: number;
  /** A fraction: 0.02 is 2%. */
  interestRate: number;
  firstDepreciation: FirstDepreciation;
  contribution?: number;
  tranches?: number;
}

export function calculateCapitalCharges(request: CapitalChargeRequest): Promise<{ years: ScheduleYear[] }> {
  return postJson<{ years: ScheduleYear[] }>(`${BASE}/capital-charges`, request);
}

// --- Kaderbrief -----------------------------------------------------------------------------------

export type CycleStatus = 'OPEN' | 'SENT_TO_COLLEGE' | 'SENT_TO_COUNCIL' | 'DECIDED';
export type ClaimStatus = 'PENDING' | 'HONOURED' | 'PARTLY_HONOURED' | 'REFUSED';
export type Outcome = Exclude<ClaimStatus, 'PENDING'>;
export type FollowUp = 'RETURN' | 'DEFER';

/** The order a cycle goes through; the API moves it one step at a time. */
export const CYCLE_STATUSES: CycleStatus[] = ['OPEN', 'SENT_TO_COLLEGE', 'SENT_TO_COUNCIL', 'DECIDED'];

export interface Cycle {
  year: number;
  claimDeadline: string;
  collegeDate: string;
  councilDate: string;
  status: CycleStatus;
  datesAssumed: boolean;
  note: string | null;
}

export interface ClaimAmount {
  year: number;
  amount: number;
  recurring: boolean;
  granted: number | null;
}

export interface Claim {
  id: string;
  cycleYear: number;
  budgetLineCode: string;
  agendaItemId: string | null;
  motivation: string;
  amounts: ClaimAmount[];
  status: ClaimStatus;
  createdBy: string;
  createdAt: string;
  decisionReference: string | null;
  followUp: FollowUp | null;
  decidedBy: string | null;
  decidedAt: string | null;
}

export interface Amendment {
  id: number;
  claimId: string;
  budgetLineCode: string;
  year: number;
  oldAmount: number;
  change: number;
  newAmount: number;
  reference: string;
  createdBy: string;
  createdAt: string;
}

export interface CouncilDecision {
  claimId: string;
  outcome: Outcome;
  amounts?: { year: number; amount: number }[];
  reference: string;
  followUp?: FollowUp;
  reason?: string;
}

const cycles = `${BASE}/kaderbrief-cycles`;

export function fetchCycles(signal?: AbortSignal): Promise<Page<Cycle>> {
  return getJson<Page<Cycle>>(`${cycles}?pageSize=500`, signal);
}

export function fetchCycle(year: number, signal?: AbortSignal): Promise<Cycle> {
  return getJson<Cycle>(`${cycles}/${year}`, signal);
}

export function fetchClaims(year: number, signal?: AbortSignal): Promise<Page<Claim>> {
  return getJson<Page<Claim>>(`${cycles}/${year}/claims?pageSize=500`, signal);
}

export function fetchAmendments(year: number, signal?: AbortSignal): Promise<Page<Amendment>> {
  return getJson<Page<Amendment>>(`${cycles}/${year}/amendments?pageSize=500`, signal);
}

export function changeCycleStatus(year: number, status: CycleStatus, reason?: string): Promise<Cycle> {
  return postJson<Cycle>(`${cycles}/${year}/status`, reason ? { status, reason } : { status });
}

/**
 * The council's decision on a claim. A claim filed for an agenda item has its approval process waiting
 * for this decision: the workflow records it (with the user's own token) and lets the process go on.
 * The workflow answers 404, having changed nothing, when no process waits (a claim filed by hand);
 * then the decision goes to the budget directly.
 */
export async function recordDecision(year: number, decision: CouncilDecision): Promise<{ claim: Claim; amendments: Amendment[] }> {
  try {
    return await postJson(`${WORKFLOW}/kaderbrief-cycles/${year}/decisions`, decision);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 404) throw error;
    return postJson(`${cycles}/${year}/decisions`, decision);
  }
}

// --- Actuals --------------------------------------------------------------------------------------

export interface ImportedMonth {
  budgetLineCode: string;
  year: number;
  month: number;
  bookings: number;
  amount: number;
  replaced: boolean;
  previousAmount: number | null;
}

export interface ImportReport {
  importId: string;
  importedBy: string;
  rows: number;
  months: number;
  replacedMonths: number;
  items: ImportedMonth[];
}

/** A line's actuals in one fiscal year against its budget; per month the actuals, cumulated and what remains. */
export interface ActualsView {
  budgetLineCode: string;
  year: number;
  budget: number;
  reserved: number;
  realised: number;
  available: number;
  actuals: number;
  remaining: number;
  months: { month: number; actual: number; cumulative: number; remaining: number }[];
}

export function fetchActuals(code: string, year: number, signal?: AbortSignal): Promise<ActualsView> {
  return getJson<ActualsView>(`${BASE}/actuals?budgetLineCode=${encodeURIComponent(code)}&year=${year}`, signal);
}

/**
 * The financial system's CSV export as the request body (the API reads text/csv, not a multipart
 * form). All or nothing: a 400 names every row error.
 */
export function importActuals(file: Blob): Promise<ImportReport> {
  return postBody<ImportReport>(`${BASE}/actuals`, file, 'text/csv');
}
