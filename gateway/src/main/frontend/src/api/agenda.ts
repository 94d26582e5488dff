import type { FeatureCollection, Geometry } from 'geojson';
import { getJson, getJsonWithEtag, postJson, putJson, type Page } from './http';

const BASE = '/api/agenda/v1';

export type Status =
  | 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'COVERED' | 'CLAIMED' | 'ADOPTED'
  | 'IN_EXECUTION' | 'DONE' | 'RETURNED' | 'REJECTED' | 'DEFERRED';

export type Coverage = 'EXISTING_BUDGET' | 'CLAIM' | 'ADOPTED';

export type Vision = 'GROENVISIE' | 'KLIMAATADAPTATIE';

export type MeasureType =
  | 'REPLACE_TREES_OR_PLANTINGS' | 'LAWN_TO_PLAY_MEADOW_WITH_WADI' | 'REMOVE_PAVING' | 'PARTICIPATION_ACTIVITY'
  | 'ECOLOGICAL_CONNECTION' | 'NEW_PLANTING' | 'STUDY_OR_MONITORING' | 'POLICY_NOTE';

export type Programme = 'BOSS' | 'GREEN_SCHOOLYARDS' | 'NEIGHBOURHOOD_RENEWAL' | 'ROAD_PROJECT' | 'OTHER';

export type TrafficLight = 'GREEN' | 'ORANGE' | 'RED';

export interface Cost {
  year: number;
  amount: number;
  recurring: boolean;
  kind: 'OPERATING' | 'INVESTMENT';
}

export interface WorkWithWork {
  programme: Programme;
  description?: string | null;
}

export interface HistoryEntry {
  at: string;
  actor: string;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  reason: string | null;
}

/** What a drafter writes: the body of POST and PUT (agenda-service's ItemContent). */
export interface ItemContent {
  title: string;
  description: string;
  visions: Vision[];
  theme: string;
  measureType: MeasureType;
  districts: string[];
  location: Geometry | null;
  assetIds: string[];
  department: string;
  owner: string | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  budgetLineCode: string | null;
  costs: Cost[];
  workWithWork: WorkWithWork[];
  partners: string[];
}

/**
 * An item as the API serves it. The service leaves out members that are null, so everything the
 * drafter may leave empty is optional here.
 */
export interface AgendaItem {
  id: string;
  title: string;
  description?: string | null;
  visions?: Vision[];
  theme?: string | null;
  measureType?: MeasureType;
  department: string;
  districts: string[];
  location?: Geometry | null;
  assetIds?: string[];
  owner?: string | null;
  plannedStart?: string | null;
  plannedEnd?: string | null;
  budgetLineCode?: string | null;
  workWithWork?: WorkWithWork[];
  partners?: string[];
  status: Status;
  coverage?: Coverage;
  kaderbriefYear?: number;
  progress?: number;
  trafficLight?: TrafficLight;
  trafficLightCause?: string | null;
  trafficLightCorrection?: string | null;
  drafter?: string;
  example?: boolean;
  version?: number;
  createdAt?: string;
  updatedAt?: string;
  costs: Cost[];
  history?: HistoryEntry[];
}

/** The properties of a feature of the agenda's GeoJSON. */
export interface AgendaFeatureProperties {
  title: string;
  status: Status;
  theme: string;
  measureType: MeasureType;
  districts: string[];
  department: string;
  trafficLight: TrafficLight;
  example: boolean;
}

export type AgendaFeatureCollection = FeatureCollection<Geometry, AgendaFeatureProperties> & { truncated?: boolean };

export interface Theme {
  code: string;
  name: string;
  vision: Vision;
}

export interface District {
  name: string;
}

export interface Submission {
  id: string;
  agendaItemId: string;
  sequence: number;
  submittedAt: string;
  submittedBy: string;
  deliveredAt?: string;
  processInstanceId?: string;
  attempts: number;
  nextAttemptAt?: string;
  lastError?: string;
}

export interface ProgressReport {
  status?: 'IN_EXECUTION' | 'DONE';
  progress?: number;
  trafficLight?: TrafficLight;
  cause?: string;
  correction?: string;
  reason: string;
}

/** A budget line as a pick list needs it (budget-service's BudgetLine.Summary). */
export interface BudgetLineOption {
  code: string;
  name: string;
}

/** An asset of the green register linked to an item, as much as a map and its table need. */
export interface LinkedAsset {
  id: string;
  externalId: string | null;
  type: string;
  subtype: string | null;
  species?: { dutchName?: string | null; scientificName?: string | null } | null;
  district: string | null;
  geometry: Geometry | null;
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

/** The largest page the APIs hand out; themes, districts and budget lines fit in one. */
const ALL = 'page=1&pageSize=500';

function itemUrl(id: string): string {
  return `${BASE}/agenda-items/${encodeURIComponent(id)}`;
}

/** What the list screen shows of an item: the list's `view=summary`, with the sum of the yearly costs. */
export type AgendaListItem = Pick<AgendaItem, 'id' | 'title' | 'example' | 'status' | 'trafficLight' | 'theme'
  | 'districts' | 'department' | 'plannedStart'> & { totalCost: number };

/**
 * The list with the filters, sort, search and paging of the list screen, as query parameters; as
 * summaries, a sixth of the full items' size and work.
 */
export function fetchAgendaItems(query: URLSearchParams, signal?: AbortSignal): Promise<Page<AgendaListItem>> {
  const summary = new URLSearchParams(query);
  summary.set('view', 'summary');
  return getJson<Page<AgendaListItem>>(`${BASE}/agenda-items?${summary}`, signal);
}

/** The same filters as GeoJSON: every matching item with a location, unpaged, for the map. */
export function fetchAgendaGeoJson(query: URLSearchParams, signal?: AbortSignal): Promise<AgendaFeatureCollection> {
  return getJson<AgendaFeatureCollection>(`${BASE}/agenda-items?${query}`, signal, 'application/geo+json');
}

export function fetchAgendaItem(id: string, signal?: AbortSignal): Promise<AgendaItem> {
  return getJson<AgendaItem>(itemUrl(id), signal);
}

/** The item and its ETag, for the If-Match of an edit. */
export function fetchAgendaItemForEdit(id: string, signal?: AbortSignal): Promise<{ data: AgendaItem; etag: string | undefined }> {
  return getJsonWithEtag<AgendaItem>(itemUrl(id), signal);
}

export function createAgendaItem(content: ItemContent, reason?: string): Promise<AgendaItem> {
  return postJson<AgendaItem>(`${BASE}/agenda-items`, reason ? { ...content, reason } : content);
}

/** Replaces a draft; the API asks why (reason) and which version was edited (If-Match). */
export function updateAgendaItem(id: string, content: ItemContent, reason: string, etag: string | undefined): Promise<AgendaItem> {
  return putJson<AgendaItem>(itemUrl(id), { ...content, reason }, etag);
}

export function submitAgendaItem(id: string, reason?: string): Promise<Submission> {
  return postJson<Submission>(`${itemUrl(id)}/submission`, reason ? { reason } : {});
}

export function fetchSubmissions(id: string, signal?: AbortSignal): Promise<Submission[]> {
  return getJson<Submission[]>(`${itemUrl(id)}/submissions`, signal);
}

export function reportProgress(id: string, report: ProgressReport): Promise<AgendaItem> {
  return postJson<AgendaItem>(`${itemUrl(id)}/progress`, report);
}

export async function fetchThemes(signal?: AbortSignal): Promise<Theme[]> {
  return (await getJson<Page<Theme>>(`${BASE}/themes?${ALL}`, signal)).items;
}

export async function fetchDistricts(signal?: AbortSignal): Promise<string[]> {
  return (await getJson<Page<District>>(`${BASE}/districts?${ALL}`, signal)).items.map((district) => district.name);
}

export async function fetchBudgetLineOptions(signal?: AbortSignal): Promise<BudgetLineOption[]> {
  return (await getJson<Page<BudgetLineOption>>(`/api/budget/v1/budget-lines?${ALL}`, signal)).items;
}

/** asset-service has no "these ids" filter, so the linked assets are read one by one. */
export function fetchLinkedAsset(id: string, signal?: AbortSignal): Promise<LinkedAsset> {
  return getJson<LinkedAsset>(`/api/assets/v1/assets/${encodeURIComponent(id)}`, signal);
}

export function fetchAgendaReport(signal?: AbortSignal): Promise<AgendaReport> {
  return getJson<AgendaReport>(`${BASE}/reports/agenda`, signal);
}

