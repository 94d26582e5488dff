import { download, getJson, type DownloadedFile, type Page } from './http';

const BASE = '/api/agenda/v1';

/**
 * The council's overview of the agenda as agenda-service's AgendaReport writes it: the JSON from which
 * every file format is made, so the totals shown here are the totals in the files.
 */
export interface CouncilReport {
  title: string;
  generatedAt: string;
  generatedBy: string;
  /** Dutch label -> value of every filter applied, in display order; empty when none. */
  filters: Record<string, string>;
  /** From which data it was made, already a Dutch sentence. */
  source: string;
  /** Some rows are example data (the agenda as proposed): the screen must say so. */
  containsExamples: boolean;
  years: number[];
  rows: CouncilReportRow[];
  themeTotals: ThemeTotal[];
  /** Keyed by year (JSON object keys are strings). */
  yearTotals: Record<string, number>;
  grandTotal: number;
}

export interface CouncilReportRow {
  id: string;
  title: string;
  /** The theme's name, not its code. */
  theme: string | null;
  /** District names, which are also the values of the district filter. */
  districts: string[];
  /** The department's code, as the department filter takes it. */
  department: string;
  status: string;
  trafficLight: string;
  coverage: string;
  amounts: Record<string, number>;
  total: number;
  example: boolean;
}

export interface ThemeTotal {
  theme: string | null;
  amounts: Record<string, number>;
  total: number;
}

export interface Theme {
  code: string;
  name: string;
  vision: string;
}

/** The query parameters of the report, as the list of agenda items takes them. */
export interface ReportFilters {
  cycle: string;
  themes: string[];
  statuses: string[];
  districts: string[];
  departments: string[];
  fromYear: string;
  toYear: string;
}

export type ReportFormat = 'ods' | 'xlsx' | 'csv' | 'pdf';

export interface ReportFormatInfo {
  format: ReportFormat;
  label: string;
  description: string;
  /** As agenda-service's writer labels the file; sent as Accept next to problem+json for errors. */
  mediaType: string;
}

/** ODS first: the open standard that Dutch government prefers ("pas toe of leg uit"). */
export const REPORT_FORMATS: ReportFormatInfo[] = [
  {
    format: 'ods',
    label: 'ODS',
    description: 'OpenDocument-rekenblad, de open standaard (LibreOffice, Excel).',
    mediaType: 'application/vnd.oasis.opendocument.spreadsheet',
  },
  {
    format: 'xlsx',
    label: 'Excel (XLSX)',
    description: 'Rekenblad voor Microsoft Excel.',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  {
    format: 'csv',
    label: 'CSV',
    description: 'Platte tekst met puntkomma’s, voor verdere verwerking.',
    mediaType: 'text/csv',
  },
  {
    format: 'pdf',
    label: 'PDF',
    description: 'PDF/A om te archiveren en af te drukken.',
    mediaType: 'application/pdf',
  },
];

export function reportQuery(filters: ReportFilters): URLSearchParams {
  const query = new URLSearchParams();
  if (filters.cycle) query.set('cycle', filters.cycle);
  filters.themes.forEach((value) => query.append('theme', value));
  filters.statuses.forEach((value) => query.append('status', value));
  filters.districts.forEach((value) => query.append('district', value));
  filters.departments.forEach((value) => query.append('department', value));
  if (filters.fromYear) query.set('fromYear', filters.fromYear);
  if (filters.toYear) query.set('toYear', filters.toYear);
  return query;
}

function withQuery(path: string, query: URLSearchParams): string {
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export function fetchCouncilReport(filters: ReportFilters, signal?: AbortSignal): Promise<CouncilReport> {
  return getJson<CouncilReport>(withQuery(`${BASE}/reports/agenda`, reportQuery(filters)), signal);
}

export function downloadCouncilReport(filters: ReportFilters, format: ReportFormatInfo, signal?: AbortSignal): Promise<DownloadedFile> {
  const query = reportQuery(filters);
  query.set('format', format.format);
  return download(withQuery(`${BASE}/reports/agenda`, query), `${format.mediaType}, application/problem+json`, signal);
}

/** Refused (403) to the council by agenda-service; the form then offers no theme filter. */
export async function fetchThemes(signal?: AbortSignal): Promise<Theme[]> {
  return (await getJson<Page<Theme>>(`${BASE}/themes?pageSize=500`, signal)).items;
}
