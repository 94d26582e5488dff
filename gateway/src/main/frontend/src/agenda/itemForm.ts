import type { Geometry } from 'geojson';
import type { AgendaItem, Cost, ItemContent, MeasureType, Programme, Theme, Vision } from '../api/agenda';
import { FIRST_YEAR, LAST_YEAR, VISION_LABELS } from './agendaLabels';
import type { FieldErrors } from './problems';

// The form of an agenda item as text the user types, the checks agenda-service's ItemContentReader
// makes (so the user hears before the round trip), and the way back to the API's JSON.

export interface CostRow {
  key: string;
  year: string;
  amount: string;
  recurring: boolean;
  kind: Cost['kind'];
}

export interface LinkRow {
  key: string;
  programme: Programme | '';
  description: string;
}

export interface ItemFormValues {
  title: string;
  description: string;
  visions: Vision[];
  theme: string;
  measureType: MeasureType | '';
  districts: string[];
  department: string;
  owner: string;
  plannedStart: string;
  plannedEnd: string;
  budgetLineCode: string;
  costs: CostRow[];
  workWithWork: LinkRow[];
  /** One name per line. */
  partners: string;
  /** One id per line. */
  assetIds: string;
  /** GeoJSON geometry as text; empty for no location. */
  location: string;
  reason: string;
}

export const MAX_TITLE = 200;
export const MAX_DESCRIPTION = 10_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function newKey(): string {
  return Math.random().toString(36).slice(2);
}

export function emptyValues(department: string): ItemFormValues {
  return {
    title: '', description: '', visions: [], theme: '', measureType: '', districts: [], department, owner: '',
    plannedStart: '', plannedEnd: '', budgetLineCode: '', costs: [], workWithWork: [], partners: '', assetIds: '',
    location: '', reason: '',
  };
}

export function valuesOf(item: AgendaItem): ItemFormValues {
  return {
    title: item.title,
    description: item.description ?? '',
    visions: item.visions ?? [],
    theme: item.theme ?? '',
    measureType: item.measureType ?? '',
    districts: item.districts,
    department: item.department,
    owner: item.owner ?? '',
    plannedStart: item.plannedStart ?? '',
    plannedEnd: item.plannedEnd ?? '',
    budgetLineCode: item.budgetLineCode ?? '',
    costs: item.costs.map((cost) => ({
      key: newKey(), year: String(cost.year), amount: formatAmountInput(cost.amount), recurring: cost.recurring, kind: cost.kind,
    })),
    workWithWork: (item.workWithWork ?? []).map((link) => ({ key: newKey(), programme: link.programme, description: link.description ?? '' })),
    partners: (item.partners ?? []).join('\n'),
    assetIds: (item.assetIds ?? []).join('\n'),
    location: item.location ? JSON.stringify(item.location) : '',
    reason: '',
  };
}

/** 17124.5 as "17124,50": what a Dutch user types back. */
function formatAmountInput(amount: number): string {
  return Number.isInteger(amount) ? String(amount) : amount.toFixed(2).replace('.', ',');
}

/**
 * An amount as typed in Dutch: "17.124", "17124,50", "€ 17.124,50"; undefined when it is not one.
 * A dot is a thousands separator only in groups of three, so "17.5" stays seventeen and a half.
 */
export function parseAmount(text: string): number | undefined {
  let cleaned = text.replace(/[€\s]/g, '');
  if (cleaned.includes(',')) cleaned = cleaned.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(\.\d{3})+$/.test(cleaned)) cleaned = cleaned.replace(/\./g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

function lines(text: string): string[] {
  return text.split('\n').map((line) => line.trim()).filter(Boolean);
}

export function parseLocation(text: string): Geometry | null | undefined {
  if (!text.trim()) return null;
  try {
    const value = JSON.parse(text) as Geometry;
    return value && typeof value === 'object' && 'type' in value && 'coordinates' in value ? value : undefined;
  } catch {
    return undefined;
  }
}

export function validate(values: ItemFormValues, themes: Theme[], editing: boolean): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.title.trim()) errors.title = 'Geef het agendapunt een titel.';
  else if (values.title.trim().length > MAX_TITLE) errors.title = `De titel mag hoogstens ${MAX_TITLE} tekens lang zijn.`;
  if (values.description.length > MAX_DESCRIPTION) errors.description = `Hoogstens ${MAX_DESCRIPTION} tekens.`;
  if (values.visions.length === 0) errors.visions = 'Kies minstens een visie.';
  const theme = themes.find((candidate) => candidate.code === values.theme);
  if (!values.theme) errors.theme = 'Kies een thema.';
  else if (theme && values.visions.length > 0 && !values.visions.includes(theme.vision)) {
    errors.theme = `Dit thema hoort bij de ${VISION_LABELS[theme.vision]}; kies die visie ook, of een ander thema.`;
  }
  if (!values.measureType) errors.measureType = 'Kies de soort maatregel.';
  if (!values.department) errors.department = 'Kies de afdeling.';
  if (values.owner.length > 120) errors.owner = 'Hoogstens 120 tekens.';
  for (const field of ['plannedStart', 'plannedEnd'] as const) {
    const year = Number(values[field].slice(0, 4));
    if (values[field] && (year < FIRST_YEAR || year > LAST_YEAR)) errors[field] = `Moet in ${FIRST_YEAR} tot en met ${LAST_YEAR} liggen.`;
  }
  if (values.plannedStart && values.plannedEnd && values.plannedEnd < values.plannedStart && !errors.plannedEnd) {
    errors.plannedEnd = 'Het einde mag niet voor de start liggen.';
  }
  if (values.budgetLineCode.trim().length > 40) errors.budgetLineCode = 'Hoogstens 40 tekens.';
  validateCosts(values.costs, errors);
  values.workWithWork.forEach((link, index) => {
    if (!link.programme) errors[`workWithWork[${index}].programme`] = 'Kies het programma.';
    if (link.description.length > 500) errors[`workWithWork[${index}].description`] = 'Hoogstens 500 tekens.';
  });
  const partners = lines(values.partners);
  if (partners.length > 30) errors.partners = 'Hoogstens 30 partners.';
  else if (partners.some((partner) => partner.length > 200)) errors.partners = 'Een naam is hoogstens 200 tekens.';
  const assets = lines(values.assetIds);
  const wrong = assets.filter((id) => !UUID.test(id));
  if (wrong.length > 0) errors.assetIds = `Geen id uit het groenareaal: ${wrong.slice(0, 3).join(', ')}.`;
  if (parseLocation(values.location) === undefined) {
    errors.location = 'Geen geldige GeoJSON-geometrie; verwacht bijvoorbeeld {"type": "Point", "coordinates": [6.56, 52.99]}.';
  }
  if (editing && !values.reason.trim()) errors.reason = 'Geef een reden voor de wijziging: die komt in de geschiedenis.';
  if (values.reason.length > 2000) errors.reason = 'Hoogstens 2000 tekens.';
  return errors;
}

function validateCosts(costs: CostRow[], errors: FieldErrors): void {
  const seen = new Set<string>();
  costs.forEach((cost, index) => {
    const year = Number(cost.year);
    if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
      errors[`costs[${index}].year`] = `Een jaar van ${FIRST_YEAR} tot en met ${LAST_YEAR}.`;
    } else {
      const kind = `${year}/${cost.recurring}/${cost.kind}`;
      if (seen.has(kind)) errors[`costs[${index}].year`] = 'Er zijn al kosten voor dit jaar met dezelfde soort en hetzelfde karakter.';
      seen.add(kind);
    }
    if (parseAmount(cost.amount) === undefined) {
      errors[`costs[${index}].amount`] = 'Een bedrag in euro’s, bijvoorbeeld 17.124 of 17124,50.';
    }
  });
}

/** The body for POST and PUT; call after validate() found nothing. */
export function contentOf(values: ItemFormValues): ItemContent {
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    visions: values.visions,
    theme: values.theme,
    measureType: values.measureType as MeasureType,
    districts: values.districts,
    location: parseLocation(values.location) ?? null,
    assetIds: lines(values.assetIds),
    department: values.department,
    owner: values.owner.trim() || null,
    plannedStart: values.plannedStart || null,
    plannedEnd: values.plannedEnd || null,
    budgetLineCode: values.budgetLineCode.trim() || null,
    costs: values.costs.map((cost) => ({
      year: Number(cost.year), amount: parseAmount(cost.amount)!, recurring: cost.recurring, kind: cost.kind,
    })),
    workWithWork: values.workWithWork.map((link) => ({ programme: link.programme as Programme, description: link.description.trim() || null })),
    partners: lines(values.partners),
  };
}

/** The form's field for a name in the API's invalidParams; undefined for a name no field shows. */
export function fieldOfProblem(name: string): string | undefined {
  const list = /^(districts|partners|assetIds|visions)\[\d+\]$/.exec(name);
  if (list) return list[1];
  const costRow = /^costs\[(\d+)\]$/.exec(name);
  if (costRow) return `costs[${costRow[1]}].year`;
  if (/^costs\[\d+\]\.(year|amount)$/.test(name)) return name;
  if (/^costs\[\d+\]\.(recurring|kind)$/.test(name)) return name.replace(/\.(recurring|kind)$/, '.year');
  if (/^workWithWork\[\d+\]\.(programme|description)$/.test(name)) return name;
  if (/^workWithWork\[\d+\]$/.test(name)) return `${name}.programme`;
  const simple = ['title', 'description', 'visions', 'theme', 'measureType', 'districts', 'location', 'assetIds', 'department',
    'owner', 'plannedStart', 'plannedEnd', 'budgetLineCode', 'costs', 'workWithWork', 'partners', 'reason'];
  return simple.includes(name) ? name : undefined;
}

/** The label of a field in the error summary. */
export function fieldLabel(field: string): string {
  const row = /^(costs|workWithWork)\[(\d+)\]\.(\w+)$/.exec(field);
  if (row) {
    const number = Number(row[2]) + 1;
    const part = { year: 'jaar', amount: 'bedrag', programme: 'programma', description: 'omschrijving' }[row[3]] ?? row[3];
    return row[1] === 'costs' ? `Kosten, regel ${number}: ${part}` : `Werk met werk, regel ${number}: ${part}`;
  }
  return FIELD_LABELS[field] ?? field;
}

const FIELD_LABELS: Record<string, string> = {
  title: 'Titel', description: 'Omschrijving', visions: 'Visies', theme: 'Thema', measureType: 'Soort maatregel',
  districts: 'Wijken', location: 'Locatie', assetIds: 'Gekoppelde objecten', department: 'Afdeling', owner: 'Eigenaar',
  plannedStart: 'Geplande start', plannedEnd: 'Gepland einde', budgetLineCode: 'Begrotingspost', costs: 'Kosten per jaar',
  workWithWork: 'Werk met werk', partners: 'Partners', reason: 'Reden van de wijziging',
};
