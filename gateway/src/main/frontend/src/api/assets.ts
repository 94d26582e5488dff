import { download, getJson, postJson, putJson, type DownloadedFile, type Page } from './http';

const BASE = '/api/assets/v1';
const PLANS = `${BASE}/replacement-plans`;

/** How a type's quantity is counted (asset_type.unit). */
export type Unit = 'STUKS' | 'M2' | 'M';

export interface AssetType {
  code: string;
  name: string;
  unit: Unit;
  imgeoClass: string;
  imborType: string;
}

export interface SummaryGroup {
  district: string;
  /** An AssetType code. */
  type: string;
  count: number;
  quantity: number;
  unit: Unit;
  replacementValue: number;
  synthetic: boolean;
}

/**
 * The present stock per district and type. `synthetic`: at least one asset counted was generated, not
 * surveyed; the figures then describe an invented register and must say so.
 */
export interface Summary {
  totalReplacementValue: number;
  totalCount: number;
  synthetic: boolean;
  groups: SummaryGroup[];
}

export type PlanStrategy = 'OLDEST_PAST_END_OF_LIFE_FIRST' | 'WORST_CONDITION_FIRST' | 'HEAT_STRESS_DISTRICTS_FIRST';

export interface PlanParameters {
  startYear: number;
  years: number;
  annualBudget: number;
  strategy: PlanStrategy;
  heatStressDistricts: string[];
}

/** One plan year. Shares are fractions of the stock value at the start (0.1 = 10%). */
export interface PlanYear {
  year: number;
  budget: number;
  spent: number;
  unspent: number;
  replacedValue: number;
  replacedCount: number;
  newlyDueValue: number;
  backlogValue: number;
  backlogCount: number;
  cumulativeReplacedValue: number;
  cumulativeReplacedShare: number;
}

/** As asset-service's ReplacementPlan; `name`, `savedBy` and `savedAt` only for a saved plan. */
export interface ReplacementPlan {
  name?: string;
  parameters: PlanParameters;
  synthetic: boolean;
  assetCount: number;
  stockValue: number;
  theoreticalAnnualNeed: number;
  initialBacklogValue: number;
  years: PlanYear[];
  totalBudget: number;
  totalSpent: number;
  totalReplacedValue: number;
  totalReplacedCount: number;
  replacedShare: number;
  finalBacklogValue: number;
  /** Assets each worth more than the annual budget: the plan never funds them. */
  oversizedCount: number;
  oversizedValue: number;
  savedBy?: string;
  savedAt?: string;
}

/**
 * A saved plan as GET /replacement-plans lists it: what was asked and what came out, without its years
 * (fetchPlan has those).
 */
export interface SavedPlanSummary {
  name: string;
  startYear: number;
  years: number;
  annualBudget: number;
  strategy: PlanStrategy;
  stockValue: number;
  totalReplacedValue: number;
  replacedShare: number;
  finalBacklogValue: number;
  synthetic: boolean;
  savedBy: string;
  savedAt: string;
}

/**
 * The body of POST /replacement-plans; with a `name` the plan is also saved under it. What is left out
 * takes the API's default (this year, 20 years, EUR 280,000, oldest first).
 */
export interface PlanRequest {
  startYear?: number;
  years?: number;
  annualBudget?: number;
  strategy?: PlanStrategy;
  name?: string;
}

export interface ComparisonFigures {
  budget: number;
  spent: number;
  replacedValue: number;
  backlogValue: number;
  /** Cumulative share renewed by the end of the year. */
  replacedShare: number;
}

export interface ComparisonSide {
  name: string;
  parameters: PlanParameters;
  synthetic: boolean;
  stockValue: number;
  totalReplacedValue: number;
  replacedShare: number;
  finalBacklogValue: number;
  savedBy: string;
  savedAt: string;
}

/** A year in only one of the plans lacks the other side and the difference. */
export interface ComparisonYear {
  year: number;
  a?: ComparisonFigures;
  b?: ComparisonFigures;
  difference?: ComparisonFigures;
}

/** Two saved plans; every difference is b minus a. */
export interface PlanComparison {
  a: ComparisonSide;
  b: ComparisonSide;
  years: ComparisonYear[];
  totalDifference: ComparisonFigures;
}

export interface CostNorm {
  id: string;
  type: string;
  subtype: string;
  subtypeName: string;
  unit: Unit;
  unitCost: number;
  lifespanYears: number;
  priceLevelYear: number;
  source: string;
  updatedAt: string | null;
  updatedBy: string | null;
}

/** The largest page the APIs hand out (NL API Design Rules, pageSize at most 500). */
const MAX_PAGE_SIZE = 500;

/** What a saved plan's name may look like (PlanRequest.NAME in asset-service). */
export const PLAN_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/;

interface OpenApiDescription {
  components?: { schemas?: Record<string, { properties?: Record<string, { enum?: string[] }> }> };
}

/**
 * The strategies a plan can follow, as the API's published OpenAPI description lists them (there is no
 * endpoint of their own); empty when the description does not say.
 */
export async function fetchPlanStrategies(signal?: AbortSignal): Promise<PlanStrategy[]> {
  const description = await getJson<OpenApiDescription>(`${BASE}/openapi.json`, signal);
  return (description.components?.schemas?.PlanParameters?.properties?.strategy?.enum ?? []) as PlanStrategy[];
}

export function fetchSummary(signal?: AbortSignal): Promise<Summary> {
  return getJson<Summary>(`${BASE}/summary`, signal);
}

export async function fetchAssetTypes(signal?: AbortSignal): Promise<AssetType[]> {
  return (await getJson<Page<AssetType>>(`${BASE}/asset-types?page=1&pageSize=${MAX_PAGE_SIZE}`, signal)).items;
}

export function computePlan(request: PlanRequest): Promise<ReplacementPlan> {
  return postJson<ReplacementPlan>(PLANS, request);
}

/** The first `pageSize` saved plans, saved by anyone, the newest first. */
export function fetchSavedPlans(pageSize: number, signal?: AbortSignal): Promise<Page<SavedPlanSummary>> {
  return getJson<Page<SavedPlanSummary>>(`${PLANS}?page=1&pageSize=${pageSize}`, signal);
}

export function fetchPlan(name: string, signal?: AbortSignal): Promise<ReplacementPlan> {
  return getJson<ReplacementPlan>(`${PLANS}/${encodeURIComponent(name)}`, signal);
}

/** The saved plan's years in the Dutch spreadsheet convention (PlanCsv in asset-service). */
export function downloadPlanCsv(name: string, signal?: AbortSignal): Promise<DownloadedFile> {
  return download(`${PLANS}/${encodeURIComponent(name)}`, 'text/csv', signal);
}

export function comparePlans(a: string, b: string, signal?: AbortSignal): Promise<PlanComparison> {
  const query = new URLSearchParams({ a, b });
  return getJson<PlanComparison>(`${PLANS}/comparison?${query}`, signal);
}

export async function fetchCostNorms(signal?: AbortSignal): Promise<CostNorm[]> {
  return (await getJson<Page<CostNorm>>(`${BASE}/cost-norms?page=1&pageSize=${MAX_PAGE_SIZE}`, signal)).items;
}

export interface CostNormChange {
  unitCost: number;
  lifespanYears?: number;
  reason: string;
}

/** What a norm change did to the register. */
export interface Revaluation {
  changeId: number;
  affectedAssets: number;
  valueBefore: number;
  valueAfter: number;
}

export interface CostNormChangeResult {
  costNorm: CostNorm;
  revaluation: Revaluation;
}

export function changeCostNorm(id: string, change: CostNormChange): Promise<CostNormChangeResult> {
  return putJson(`${BASE}/cost-norms/${encodeURIComponent(id)}`, change);
}
