import type { Decision, OpenTask } from '../api/workflow';
import type { InvalidParam } from '../api/http';

export const DECISION_LABELS: Record<Decision, string> = {
  APPROVE: 'Goedkeuren',
  RETURN: 'Terugsturen',
  REJECT: 'Afwijzen',
  CLAIM: 'Claim indienen',
  DONE: 'Gereed',
};

export function decisionLabel(decision: string): string {
  return DECISION_LABELS[decision as Decision] ?? decision;
}

/** The workflow's Step.MAX_MOTIVATION. */
export const MAX_MOTIVATION = 4000;

/** The task name of recordCollegeProposal: its motivation is the proposal's reference. */
const COLLEGE_PROPOSAL = 'Voorstel college vastleggen';

/**
 * Mirrors the workflow's Step rules so that the user hears about a missing motivation before the
 * round trip: RETURN and REJECT always need one; finance advice (the task that offers CLAIM) and
 * the college proposal need one whatever the decision. The server stays the judge.
 */
export function needsMotivation(task: Pick<OpenTask, 'name' | 'decisions'>, decision: Decision | ''): boolean {
  if (task.decisions.includes('CLAIM') || task.name === COLLEGE_PROPOSAL) {
    return true;
  }
  return decision === 'RETURN' || decision === 'REJECT';
}

export interface DecisionErrors {
  decision?: string;
  motivation?: string;
}

export function validateDecision(
  task: Pick<OpenTask, 'name' | 'decisions'>,
  decision: Decision | '',
  motivation: string,
): DecisionErrors {
  const errors: DecisionErrors = {};
  if (!decision) {
    errors.decision = 'Kies een beslissing.';
  }
  const text = motivation.trim();
  if (!text && needsMotivation(task, decision)) {
    errors.motivation = decision
      ? `Geef een toelichting: die is verplicht bij ${decisionLabel(decision).toLowerCase()}.`
      : 'Geef een toelichting: die is verplicht bij deze taak.';
  } else if (text.length > MAX_MOTIVATION) {
    errors.motivation = `De toelichting mag hoogstens ${MAX_MOTIVATION} tekens lang zijn.`;
  }
  return errors;
}

/**
 * The server's invalidParams next to the fields they name; what names no field of the form is
 * returned as `other`, to be shown above it.
 */
export function errorsFromProblem(params: InvalidParam[] | undefined): { fields: DecisionErrors; other: string[] } {
  const fields: DecisionErrors = {};
  const other: string[] = [];
  for (const param of params ?? []) {
    if (param.name === 'decision' || param.name === 'motivation') {
      fields[param.name] = fields[param.name] ? `${fields[param.name]} ${param.reason}` : param.reason;
    } else {
      other.push(param.reason);
    }
  }
  return { fields, other };
}
