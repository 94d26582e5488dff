import type { PlanStrategy, Unit } from '../api/assets';
import { formatCount, formatMoney } from '../format/nl';

/** A difference in percentage points, with its sign: "+1,2 procentpunt". */
export function formatSharePoints(fraction: number): string {
  const points = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' })
    .format(fraction * 100);
  return `${points} procentpunt`;
}

/** Whole euros: an overview of millions gains nothing from cents. */
export function formatEuros(amount: number): string {
  return formatMoney(Math.round(amount));
}

const millions = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });

/** "€ 56 miljoen", as the council proposal rounds the stock value. */
export function formatMillions(amount: number): string {
  return `€ ${millions.format(amount / 1_000_000)} miljoen`;
}

const UNIT_LABELS: Record<Unit, string> = { STUKS: 'stuks', M2: 'm²', M: 'm' };

export function unitLabel(unit: string): string {
  return UNIT_LABELS[unit as Unit] ?? unit;
}

/** "46.812 stuks", "320.000 m²": quantities are whole units in the register's reports. */
export function formatQuantity(quantity: number, unit: string): string {
  return `${formatCount(Math.round(quantity))} ${unitLabel(unit)}`;
}

/** What users read for the strategies the API lists; one it adds later shows its code until named here. */
const STRATEGY_LABELS: Record<PlanStrategy, string> = {
  OLDEST_PAST_END_OF_LIFE_FIRST: 'Oudste eerst: het langst over de levensduur',
  WORST_CONDITION_FIRST: 'Slechtste conditie eerst (CROW D, C, B, A)',
  HEAT_STRESS_DISTRICTS_FIRST: 'Wijken met hittestress eerst',
};

export function strategyLabel(strategy: string): string {
  return STRATEGY_LABELS[strategy as PlanStrategy] ?? strategy;
}

/**
 * An amount as people type it in Dutch: "280000", "280.000", "€ 280.000,50". Undefined when it is not
 * an amount. A lone dot before exactly three digits is a thousands separator, as in "280.000".
 */
export function parseAmount(text: string): number | undefined {
  const compact = text.replace(/[€\s\u00a0]/g, '');
  if (compact === '') return undefined;
  let normalised: string;
  if (compact.includes(',')) {
    normalised = compact.replace(/\./g, '').replace(',', '.');
  } else if (/^-?\d{1,3}(\.\d{3})+$/.test(compact)) {
    normalised = compact.replace(/\./g, '');
  } else {
    normalised = compact;
  }
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return undefined;
  return Number(normalised);
}

/** How many decimals an amount has, to refuse fractions of a cent before the API does. */
export function decimalsOf(amount: number): number {
  const [, fraction = ''] = String(amount).split('.');
  return fraction.length;
}
