import type { BudgetLine, BudgetOverview, Claim, Cycle, ScheduleYear } from '../api/budget';

const figures = (year: number | null, budget: number, reserved = 0, pendingClaims = 0) => ({
  year, budget, reserved, realised: 0, available: budget - reserved, pendingClaims,
});

export const OVERVIEW: BudgetOverview = {
  fromYear: 2027,
  toYear: 2028,
  unit: 'EUR',
  lines: [
    {
      code: 'GROEN-STEENBREEK', name: 'Steenbreek', taakveld: '7.4', taakveldName: 'Milieubeheer', kind: 'OPERATING',
      years: [figures(2027, 10000, 0, 4690), figures(2028, 10000, 12000)],
      total: figures(null, 20000, 12000, 4690),
    },
  ],
  totals: [figures(2027, 10000, 0, 4690), figures(2028, 10000, 12000)],
  total: figures(null, 20000, 12000, 4690),
};

export const LINE: BudgetLine = {
  code: 'GROEN-STEENBREEK',
  name: 'Steenbreek',
  description: 'Tegels eruit, groen erin.',
  taakveld: '7.4',
  taakveldName: 'Milieubeheer',
  kind: 'OPERATING',
  department: 'openbare-ruimte',
  capitalChargeParameters: null,
  years: [{
    year: 2027,
    expenses: { structural: 10000, oneOff: 0, total: 10000 },
    income: { structural: 0, oneOff: 0, total: 0 },
    incomeSources: [],
    status: 'ADOPTED',
    kaderbriefYear: null,
    staffHoursPerWeek: 8,
    reserved: 2500,
    realised: 0,
    available: 7500,
  }],
  capitalChargeSchedule: null,
};

export const HISTORY = {
  items: [{
    id: 7, at: '2026-03-01T08:15:00Z', actor: 'financien', entityType: 'budget_year', entityId: 'GROEN-STEENBREEK/2027',
    action: 'UPDATE', reason: 'Begrotingswijziging 2026-3',
    before: { year: 2027, expenses_structural: 8000, status: 'ADOPTED' },
    after: { year: 2027, expenses_structural: 10000, status: 'ADOPTED' },
  }],
  page: 1, pageSize: 500, totalItems: 1, totalPages: 1,
};

export const CYCLE: Cycle = {
  year: 2026, claimDeadline: '2026-02-27', collegeDate: '2026-05-12', councilDate: '2026-07-01',
  status: 'SENT_TO_COUNCIL', datesAssumed: false, note: null,
};

export const CLAIM: Claim = {
  id: '5f0c7d1e-0000-4000-8000-000000000001',
  cycleYear: 2026,
  budgetLineCode: 'GROEN-MEEDOEN',
  agendaItemId: 'item-1',
  motivation: 'Meedoen in het Groen structureel maken.',
  amounts: [
    { year: 2027, amount: 125000, recurring: true, granted: null },
    { year: 2028, amount: 125000, recurring: true, granted: null },
  ],
  status: 'PENDING',
  createdBy: 'financien',
  createdAt: '2026-02-01T10:00:00Z',
  decisionReference: null,
  followUp: null,
  decidedBy: null,
  decidedAt: null,
};

/** An annuity of 280.000 over 20 years at 2%, as the budget-service answers it (rounded to cents). */
export function annuitySchedule(tranches: number): ScheduleYear[] {
  const years: ScheduleYear[] = [{ year: 2025, depreciation: 0, interest: 0, capitalCharges: 0, bookValue: 280000 * tranches }];
  for (let index = 1; index <= 20 + tranches - 1; index++) {
    const running = Math.min(index, tranches) - Math.max(0, index - 20);
    years.push({ year: 2025 + index, depreciation: 0, interest: 0, capitalCharges: Math.round(17123.8811 * running * 100) / 100, bookValue: 0 });
  }
  return years;
}
