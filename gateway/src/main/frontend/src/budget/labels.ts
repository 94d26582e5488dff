import type { ClaimStatus, CycleStatus, FollowUp, LineKind, Method, YearStatus } from '../api/budget';

export const YEAR_STATUS_LABELS: Record<YearStatus, string> = {
  PROPOSED: 'Voorgesteld',
  TO_BE_WEIGHED: 'Af te wegen in Kaderbrief',
  ADOPTED: 'Vastgesteld',
};

export function yearStatusLabel(status: YearStatus, kaderbriefYear: number | null): string {
  return status === 'TO_BE_WEIGHED' && kaderbriefYear ? `Af te wegen in Kaderbrief ${kaderbriefYear}` : YEAR_STATUS_LABELS[status];
}

export const KIND_LABELS: Record<LineKind, string> = {
  OPERATING: 'Exploitatie',
  INVESTMENT: 'Investering',
};

export const METHOD_LABELS: Record<Method, string> = {
  ANNUITY: 'Annuïtair',
  LINEAR: 'Lineair',
};

export const FIRST_DEPRECIATION_LABELS = {
  YEAR_AFTER: 'Het jaar na de investering',
  SAME_YEAR: 'Het jaar van de investering',
} as const;

export const CYCLE_STATUS_LABELS: Record<CycleStatus, string> = {
  OPEN: 'Open voor claims',
  SENT_TO_COLLEGE: 'Bij het college',
  SENT_TO_COUNCIL: 'Bij de raad',
  DECIDED: 'Besloten',
};

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  PENDING: 'Wacht op raadsbesluit',
  HONOURED: 'Gehonoreerd',
  PARTLY_HONOURED: 'Deels gehonoreerd',
  REFUSED: 'Afgewezen',
};

export const FOLLOW_UP_LABELS: Record<FollowUp, string> = {
  RETURN: 'Terug naar de indiener',
  DEFER: 'Uitstellen naar de volgende Kaderbrief',
};

/** The months as the financial system numbers them (1-12). */
export function monthLabel(month: number): string {
  return new Intl.DateTimeFormat('nl-NL', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, month - 1, 1)));
}
