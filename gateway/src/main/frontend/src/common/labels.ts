import type { Coverage, Cost, Status } from '../api/agenda';

/** As agenda-service's Status enum labels them (the council export uses the same words). */
export const STATUS_LABELS: Record<Status, string> = {
  DRAFT: 'Concept',
  SUBMITTED: 'Ingediend',
  APPROVED: 'Goedgekeurd door afdelingsmanager',
  COVERED: 'Gedekt uit bestaand budget',
  CLAIMED: 'Claim in Kaderbrief',
  ADOPTED: 'Vastgesteld',
  IN_EXECUTION: 'In uitvoering',
  DONE: 'Afgerond',
  RETURNED: 'Teruggestuurd',
  REJECTED: 'Afgewezen',
  DEFERRED: 'Uitgesteld naar volgende cyclus',
};

export function statusLabel(status: string | null | undefined): string {
  if (!status) return '-';
  return STATUS_LABELS[status as Status] ?? status;
}

export function coverageLabel(coverage: Coverage | undefined, kaderbriefYear?: number): string {
  const year = kaderbriefYear ? ` ${kaderbriefYear}` : '';
  switch (coverage) {
    case 'EXISTING_BUDGET':
      return 'Bestaand budget';
    case 'CLAIM':
      return `Claim Kaderbrief${year}`;
    case 'ADOPTED':
      return `Vastgesteld in Kaderbrief${year}`;
    default:
      return 'Nog niet bepaald';
  }
}

export function costKindLabel(cost: Cost): string {
  const kind = cost.kind === 'INVESTMENT' ? 'investering' : 'exploitatie';
  return `${cost.recurring ? 'structureel' : 'incidenteel'}, ${kind}`;
}

const ACTION_LABELS: Record<string, string> = {
  CREATED: 'Aangemaakt',
  UPDATED: 'Gewijzigd',
  SUBMITTED: 'Ingediend',
  WORKFLOW: 'Besluitvorming',
  PROGRESS: 'Voortgang gemeld',
};

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}
