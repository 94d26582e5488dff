import { PLAN_NAME, type PlanRequest, type PlanStrategy } from '../api/assets';
import type { ApiError, InvalidParam } from '../api/http';
import { problemMessage } from '../common/messages';
import { decimalsOf, parseAmount } from './figures';

/** What the plan form holds: text as typed, so that a half-typed amount survives a re-render. */
export interface PlanFormValues {
  startYear: string;
  years: string;
  annualBudget: string;
  strategy: string;
  name: string;
}

export type PlanField = keyof PlanFormValues;
export type PlanErrors = Partial<Record<PlanField, string>>;

/** A request as the form makes it: every parameter given, so that the link names them all. */
export type FullPlanRequest = Required<Omit<PlanRequest, 'name'>> & Pick<PlanRequest, 'name'>;

/** Problems next to their fields, and those that name no field. */
export interface PlanProblems {
  fields: PlanErrors;
  other: string[];
}

/** The order of the fields on screen, for the error summary. */
export const PLAN_FIELDS: PlanField[] = ['startYear', 'years', 'annualBudget', 'strategy', 'name'];

// The council proposal's figures (Groenvisie, section 6.1): EUR 280,000 a year for 20 years. asset-service
// applies the same defaults to a request without them.
export const PROPOSAL_YEARS = 20;
export const PROPOSAL_ANNUAL_BUDGET = 280000;
const MAX_ANNUAL_BUDGET = 1_000_000_000;

export function defaultPlanValues(currentYear: number, strategies: PlanStrategy[]): PlanFormValues {
  return {
    startYear: String(currentYear),
    years: String(PROPOSAL_YEARS),
    annualBudget: String(PROPOSAL_ANNUAL_BUDGET),
    strategy: strategies[0] ?? '',
    name: '',
  };
}

/** The form's values checked as asset-service checks them (PlanRequest), every problem at once. */
export function validatePlan(values: PlanFormValues, strategies: PlanStrategy[]): { errors: PlanErrors; request?: FullPlanRequest } {
  const errors: PlanErrors = {};
  const startYear = wholeNumber(values.startYear, 2000, 2100);
  if (startYear === undefined) errors.startYear = 'Vul een startjaar in van 2000 tot en met 2100.';
  const years = wholeNumber(values.years, 1, 50);
  if (years === undefined) errors.years = 'Vul een looptijd in van 1 tot en met 50 jaar.';
  const annualBudget = parseAmount(values.annualBudget);
  if (annualBudget === undefined) {
    errors.annualBudget = 'Vul het jaarbudget in als bedrag in euro\'s, bijvoorbeeld 280.000.';
  } else if (annualBudget < 0) {
    errors.annualBudget = 'Het jaarbudget mag niet negatief zijn.';
  } else if (decimalsOf(annualBudget) > 2) {
    errors.annualBudget = 'Het jaarbudget heeft ten hoogste twee decimalen (centen).';
  } else if (annualBudget > MAX_ANNUAL_BUDGET) {
    errors.annualBudget = 'Het jaarbudget is ten hoogste € 1.000.000.000.';
  }
  if (!strategies.includes(values.strategy as PlanStrategy)) errors.strategy = 'Kies een strategie.';
  const name = values.name.trim();
  if (name !== '' && !PLAN_NAME.test(name)) {
    errors.name = 'Een naam van 1 tot 80 tekens: letters, cijfers, - en _, beginnend met een letter of cijfer.';
  } else if (name === 'comparison') {
    errors.name = 'Deze naam is gereserveerd; kies een andere.';
  }
  if (Object.keys(errors).length > 0 || startYear === undefined || years === undefined || annualBudget === undefined) {
    return { errors };
  }
  return {
    errors,
    request: {
      startYear, years, annualBudget, strategy: values.strategy as PlanStrategy, ...(name ? { name } : {}),
    },
  };
}

function wholeNumber(text: string, min: number, max: number): number | undefined {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value >= min && value <= max ? value : undefined;
}

/** The server's invalidParams on a form's fields; what names no field is said above the form. */
export function errorsFromProblem<F extends string>(
  params: InvalidParam[],
  known: readonly F[],
): { fields: Partial<Record<F, string>>; other: string[] } {
  const fields: Partial<Record<F, string>> = {};
  const other: string[] = [];
  for (const param of params) {
    if ((known as readonly string[]).includes(param.name)) {
      const field = param.name as F;
      fields[field] = fields[field] ? `${fields[field]} ${param.reason}` : param.reason;
    } else {
      other.push(param.reason);
    }
  }
  return { fields, other };
}

// The link of a computed (unsaved) plan holds its parameters, in Dutch, so that it can be shared.
const QUERY: Record<Exclude<PlanField, 'name'>, string> = {
  startYear: 'startjaar',
  years: 'looptijd',
  annualBudget: 'budget',
  strategy: 'strategie',
};

/** The link of a saved plan names it. */
export const SAVED_PLAN_QUERY = 'plan';

export function queryOf(request: FullPlanRequest): URLSearchParams {
  return new URLSearchParams({
    [QUERY.startYear]: String(request.startYear),
    [QUERY.years]: String(request.years),
    [QUERY.annualBudget]: String(request.annualBudget),
    [QUERY.strategy]: request.strategy,
  });
}

/** The form values a link asks for; undefined when the link asks for no computation. */
export function valuesOfQuery(query: URLSearchParams, defaults: PlanFormValues): PlanFormValues | undefined {
  const entries = Object.entries(QUERY) as [Exclude<PlanField, 'name'>, string][];
  if (!entries.some(([, key]) => query.has(key))) return undefined;
  const values = { ...defaults };
  for (const [field, key] of entries) {
    const given = query.get(key);
    if (given !== null) values[field] = given;
  }
  return values;
}

export function sameValues(a: PlanFormValues, b: PlanFormValues): boolean {
  return PLAN_FIELDS.every((field) => a[field].trim() === b[field].trim());
}

/** Where the server's refusal is shown: next to the fields it names, or above the form. */
export function refusal(error: ApiError): PlanProblems {
  const { fields, other } = errorsFromProblem(error.problem?.invalidParams ?? [], PLAN_FIELDS);
  if (error.status === 409) {
    fields.name = error.problem?.detail ?? 'Er is al een plan met deze naam. Kies een andere naam.';
  }
  if (Object.keys(fields).length === 0 && other.length === 0) {
    other.push(error.status === 403
      ? 'U mag geen vervangingsplannen bewaren. Berekenen zonder naam kan wel.'
      : problemMessage(error, 'Het vervangingsplan'));
  }
  return { fields, other };
}
