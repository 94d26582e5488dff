import { ApiError, type InvalidParam } from '../api/http';

/**
 * An amount as people type it in Dutch: "125.000", "125000", "1.234,56", "1234,56" or "1234.56", with
 * or without a euro sign. Undefined when it is not an amount.
 */
export function parseAmount(text: string): number | undefined {
  const plain = text.replace(/[€\s\u00a0]/g, '');
  if (plain === '') return undefined;
  let normal: string;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(plain)) normal = plain.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d+([.,]\d+)?$/.test(plain)) normal = plain.replace(',', '.');
  else return undefined;
  const value = Number(normal);
  return Number.isFinite(value) ? value : undefined;
}

/** An amount for a field that holds one: "125000" becomes "125.000", cents with a comma. */
export function amountInput(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2, useGrouping: true }).format(value);
}

function hasAtMostCents(value: number): boolean {
  return Math.abs(Math.round(value * 100) - value * 100) < 1e-6;
}

/** Checks of an amount field; the message when it fails, or undefined. */
export function amountProblem(text: string, { required = true, allowZero = true } = {}): string | undefined {
  if (text.trim() === '') return required ? 'Vul een bedrag in.' : undefined;
  const value = parseAmount(text);
  if (value === undefined) return 'Vul een bedrag in euro\'s in, bijvoorbeeld 125.000 of 1.234,56.';
  if (value < 0 || (!allowZero && value === 0)) return allowZero ? 'Het bedrag mag niet negatief zijn.' : 'Het bedrag moet groter dan nul zijn.';
  if (!hasAtMostCents(value)) return 'Gebruik hoogstens twee cijfers achter de komma.';
  return undefined;
}

export type FieldErrors = Record<string, string | undefined>;

/**
 * A 400's invalidParams split into those of the form's own fields (by the API's field name) and the
 * rest, which the form shows in its summary. A field with several problems shows them all.
 */
export function splitProblems(params: InvalidParam[], fields: readonly string[], alias: (name: string) => string = (name) => name) {
  const found: FieldErrors = {};
  const other: string[] = [];
  for (const param of params) {
    const field = alias(param.name);
    if (fields.includes(field)) found[field] = found[field] ? `${found[field]} ${param.reason}` : param.reason;
    else other.push(`${param.name}: ${param.reason}`);
  }
  return { fields: found, other };
}

/**
 * What a form shows when saving failed: a 400's problems next to their fields and the rest in the
 * summary, otherwise the one message `explain` gives. Null for a 401, where the login takes over.
 */
export function saveFailure(
  error: unknown,
  fields: readonly string[],
  explain: (failure: ApiError) => string,
  alias?: (name: string) => string,
): { fields: FieldErrors; other: string[] } | null {
  const failure = error instanceof ApiError ? error : new ApiError(0);
  if (failure.status === 401) return null;
  if (failure.status === 400 && failure.problem?.invalidParams?.length) {
    return splitProblems(failure.problem.invalidParams, fields, alias);
  }
  return { fields: {}, other: [explain(failure)] };
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.values(errors).some(Boolean);
}
