import type { AssetType, PlanComparison, ReplacementPlan, SavedPlanSummary, Summary } from '../api/assets';

// Small, readable answers of asset-service for the component tests.

export const TYPES: AssetType[] = [
  { code: 'TREE', name: 'Boom', unit: 'STUKS', imgeoClass: 'Vegetatieobject (boom)', imborType: 'Boom' },
  { code: 'LAWN', name: 'Gazon', unit: 'M2', imgeoClass: 'BegroeidTerreindeel', imborType: 'Gazon' },
];

export const SUMMARY: Summary = {
  totalReplacementValue: 5_723_051.23,
  totalCount: 1412,
  synthetic: true,
  groups: [
    { district: 'Kloosterveen', type: 'TREE', count: 1200, quantity: 1200, unit: 'STUKS', replacementValue: 660_000, synthetic: true },
    { district: 'Kloosterveen', type: 'LAWN', count: 12, quantity: 151_156.6, unit: 'M2', replacementValue: 453_469.8, synthetic: true },
    { district: 'Peelo', type: 'TREE', count: 200, quantity: 200, unit: 'STUKS', replacementValue: 4_609_581.43, synthetic: true },
  ],
};

export const STRATEGIES = ['OLDEST_PAST_END_OF_LIFE_FIRST', 'WORST_CONDITION_FIRST', 'HEAT_STRESS_DISTRICTS_FIRST'];

export const OPENAPI = {
  components: { schemas: { PlanParameters: { properties: { strategy: { type: 'string', enum: STRATEGIES } } } } },
};

function year(index: number, budget: number) {
  const cumulative = budget * (index + 1);
  return {
    year: 2026 + index,
    budget,
    spent: budget,
    unspent: 0,
    replacedValue: budget,
    replacedCount: 100,
    newlyDueValue: 1_000_000,
    backlogValue: 20_000_000 + index * 650_000,
    backlogCount: 14_000 + index * 450,
    cumulativeReplacedValue: cumulative,
    cumulativeReplacedShare: cumulative / 56_000_000,
  };
}

export function plan(overrides: Partial<ReplacementPlan> = {}, budget = 280_000): ReplacementPlan {
  const years = Array.from({ length: 20 }, (_, index) => year(index, budget));
  return {
    parameters: { startYear: 2026, years: 20, annualBudget: budget, strategy: 'OLDEST_PAST_END_OF_LIFE_FIRST', heatStressDistricts: [] },
    synthetic: true,
    assetCount: 53_593,
    stockValue: 56_000_000,
    theoreticalAnnualNeed: 1_405_439.37,
    initialBacklogValue: 19_640_754.9,
    years,
    totalBudget: budget * 20,
    totalSpent: budget * 20,
    totalReplacedValue: budget * 20,
    totalReplacedCount: 2000,
    replacedShare: (budget * 20) / 56_000_000,
    finalBacklogValue: years[19].backlogValue,
    oversizedCount: 0,
    oversizedValue: 0,
    ...overrides,
  };
}

export function comparison(a: string, b: string): PlanComparison {
  const left = plan({ name: a });
  const right = plan({ name: b }, 560_000);
  const side = (p: ReplacementPlan) => ({
    name: p.name!, parameters: p.parameters, synthetic: true, stockValue: p.stockValue, totalReplacedValue: p.totalReplacedValue,
    replacedShare: p.replacedShare, finalBacklogValue: p.finalBacklogValue, savedBy: 'medewerker', savedAt: '2026-11-30T16:16:00Z',
  });
  const figures = (y: ReplacementPlan['years'][number]) => ({
    budget: y.budget, spent: y.spent, replacedValue: y.replacedValue, backlogValue: y.backlogValue, replacedShare: y.cumulativeReplacedShare,
  });
  return {
    a: side(left),
    b: side(right),
    years: left.years.map((y, index) => {
      const l = figures(y);
      const r = { ...figures(right.years[index]), backlogValue: y.backlogValue - 280_000 * (index + 1) };
      return {
        year: y.year, a: l, b: r,
        difference: { budget: 280_000, spent: 280_000, replacedValue: 280_000, backlogValue: r.backlogValue - l.backlogValue, replacedShare: r.replacedShare - l.replacedShare },
      };
    }),
    totalDifference: { budget: 5_600_000, spent: 5_600_000, replacedValue: 5_600_000, backlogValue: -5_600_000, replacedShare: 0.1 },
  };
}

/** A saved plan as GET /replacement-plans lists it: by default the proposal's 280k, 10% renewed. */
export function savedPlan(name: string, overrides: Partial<SavedPlanSummary> = {}): SavedPlanSummary {
  return {
    name, startYear: 2026, years: 20, annualBudget: 280_000, strategy: 'OLDEST_PAST_END_OF_LIFE_FIRST', stockValue: 56_000_000,
    totalReplacedValue: 5_600_000, replacedShare: 0.1, finalBacklogValue: 32_350_000, synthetic: true,
    savedBy: 'medewerker', savedAt: '2026-11-30T16:16:00Z', ...overrides,
  };
}

/** Newest first, as the API lists them. */
export const SAVED_PLANS: SavedPlanSummary[] = [
  savedPlan('dubbel', {
    annualBudget: 560_000, strategy: 'WORST_CONDITION_FIRST', totalReplacedValue: 11_200_000, replacedShare: 0.2,
    savedBy: 'financieel-adviseur', savedAt: '2026-12-01T09:30:00Z',
  }),
  savedPlan('raad'),
];

/** The section is a lazily loaded chunk: its first render in a test takes longer than findBy's default second. */
export const SECTION_LOADED = { timeout: 5000 };

export const PLANS = '/api/assets/v1/replacement-plans';

/** Text as the tests compare it: Intl writes a no-break space between € and the amount. */
export const plain = (text: string | null | undefined) => (text ?? '').replace(/\u00a0/g, ' ');
