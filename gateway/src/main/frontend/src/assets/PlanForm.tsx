import { useId, useRef, useState, type FormEvent } from 'react';
import {
  Button,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { ApiError } from '../api/http';
import { computePlan, type PlanStrategy, type ReplacementPlan } from '../api/assets';
import { UnsavedChangesGuard } from '../common/UnsavedChangesGuard';
import { useStoredDraft } from '../common/useStoredDraft';
import { formatMoney } from '../format/nl';
import { strategyLabel } from './figures';
import { ErrorSummary, type SummaryItem } from '../common/ErrorSummary';
import {
  PLAN_FIELDS,
  PROPOSAL_ANNUAL_BUDGET,
  PROPOSAL_YEARS,
  refusal,
  sameValues,
  validatePlan,
  type FullPlanRequest,
  type PlanErrors,
  type PlanField,
  type PlanFormValues,
  type PlanProblems,
} from './planForm';

interface Props {
  /** The strategies the API offers. */
  strategies: PlanStrategy[];
  /** What the form starts with: the plan on screen, or the proposal's figures. */
  initial: PlanFormValues;
  /** Names the draft in sessionStorage; one per link, so a shared link is not overwritten by an old draft. */
  draftKey: string;
  /** A plan computes on screen (the page shows its progress). */
  computing: boolean;
  /** What is wrong with the parameters of the link on screen, found by the form's checks or the server. */
  initialProblems?: PlanProblems;
  onCompute: (request: FullPlanRequest) => void;
  onSaved: (plan: ReplacementPlan) => void;
}

const NOT_COMPUTED = 'U heeft de gewijzigde invoer nog niet doorgerekend of bewaard. Wilt u deze pagina verlaten? Wat u invulde gaat dan verloren.';

export function PlanForm({ strategies, initial, draftKey, computing, initialProblems, onCompute, onSaved }: Props) {
  const id = useId();
  const [values, setValues, clearDraft] = useStoredDraft<PlanFormValues>(draftKey, initial);
  const [errors, setErrors] = useState<PlanErrors>(initialProblems?.fields ?? {});
  const [general, setGeneral] = useState<string[]>(initialProblems?.other ?? []);
  const [saving, setSaving] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  const fieldId = (field: PlanField) => `${id}-${field}`;
  const busy = saving || computing;

  function change(field: PlanField, value: string) {
    setValues({ ...values, [field]: value });
    setErrors((current) => ({ ...current, [field]: undefined }));
  }

  function refuse(fields: PlanErrors, other: string[]) {
    setErrors(fields);
    setGeneral(other);
    // After the render that shows the summary.
    queueMicrotask(() => summary.current?.focus());
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { errors: found, request } = validatePlan(values, strategies);
    if (!request) {
      refuse(found, []);
      return;
    }
    setErrors({});
    setGeneral([]);
    if (!request.name) {
      clearDraft();
      onCompute(request);
      return;
    }
    setSaving(true);
    try {
      const saved = await computePlan(request);
      clearDraft();
      onSaved(saved);
    } catch (error) {
      const failure = error instanceof ApiError ? error : new ApiError(0);
      if (failure.status === 401) return;
      const { fields, other } = refusal(failure);
      refuse(fields, other);
    } finally {
      setSaving(false);
    }
  }

  const entries: SummaryItem[] = [
    ...general.map((message) => ({ message })),
    ...PLAN_FIELDS.filter((field) => errors[field]).map((field) => ({ field: fieldId(field), message: errors[field]! })),
  ];
  const describedBy = (field: PlanField, hint?: boolean) =>
    [errors[field] ? `${fieldId(field)}-error` : '', hint ? `${fieldId(field)}-hint` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`} className="groenagenda-plan-form">
      <UnsavedChangesGuard when={!sameValues(values, initial)} message={NOT_COMPUTED} />
      <h2 id={`${id}-title`} className="utrecht-heading-2">Uitgangspunten</h2>
      <ErrorSummary ref={summary} items={entries} />
      <div className="groenagenda-plan-form__fields">
        <FormField invalid={Boolean(errors.startYear)}>
          <FormLabel htmlFor={fieldId('startYear')}>Startjaar</FormLabel>
          {errors.startYear && <FormFieldErrorMessage id={`${fieldId('startYear')}-error`}>{errors.startYear}</FormFieldErrorMessage>}
          <Textbox
            id={fieldId('startYear')} name="startYear" inputMode="numeric" autoComplete="off" size={6}
            value={values.startYear} invalid={Boolean(errors.startYear)} aria-describedby={describedBy('startYear')}
            onChange={(event) => change('startYear', event.target.value)}
          />
        </FormField>
        <FormField invalid={Boolean(errors.years)}>
          <FormLabel htmlFor={fieldId('years')}>Looptijd in jaren</FormLabel>
          <FormFieldDescription id={`${fieldId('years')}-hint`}>Het raadsvoorstel rekent met {PROPOSAL_YEARS} jaar.</FormFieldDescription>
          {errors.years && <FormFieldErrorMessage id={`${fieldId('years')}-error`}>{errors.years}</FormFieldErrorMessage>}
          <Textbox
            id={fieldId('years')} name="years" inputMode="numeric" autoComplete="off" size={4}
            value={values.years} invalid={Boolean(errors.years)} aria-describedby={describedBy('years', true)}
            onChange={(event) => change('years', event.target.value)}
          />
        </FormField>
        <FormField invalid={Boolean(errors.annualBudget)}>
          <FormLabel htmlFor={fieldId('annualBudget')}>Budget per jaar in euro's</FormLabel>
          <FormFieldDescription id={`${fieldId('annualBudget')}-hint`}>
            Het raadsvoorstel rekent met {formatMoney(PROPOSAL_ANNUAL_BUDGET)} per jaar. Wat in een jaar niet wordt besteed, vervalt.
          </FormFieldDescription>
          {errors.annualBudget && <FormFieldErrorMessage id={`${fieldId('annualBudget')}-error`}>{errors.annualBudget}</FormFieldErrorMessage>}
          <Textbox
            id={fieldId('annualBudget')} name="annualBudget" inputMode="decimal" autoComplete="off" size={14}
            value={values.annualBudget} invalid={Boolean(errors.annualBudget)} aria-describedby={describedBy('annualBudget', true)}
            onChange={(event) => change('annualBudget', event.target.value)}
          />
        </FormField>
        <FormField invalid={Boolean(errors.strategy)}>
          <FormLabel htmlFor={fieldId('strategy')}>Volgorde van vervangen</FormLabel>
          {errors.strategy && <FormFieldErrorMessage id={`${fieldId('strategy')}-error`}>{errors.strategy}</FormFieldErrorMessage>}
          <Select
            id={fieldId('strategy')} name="strategy" value={values.strategy} invalid={Boolean(errors.strategy)}
            aria-describedby={describedBy('strategy')} onChange={(event) => change('strategy', event.target.value)}
          >
            {strategies.map((strategy) => <SelectOption key={strategy} value={strategy}>{strategyLabel(strategy)}</SelectOption>)}
          </Select>
        </FormField>
        <FormField invalid={Boolean(errors.name)} className="groenagenda-plan-form__wide">
          <FormLabel htmlFor={fieldId('name')}>Naam om het plan te bewaren (niet verplicht)</FormLabel>
          <FormFieldDescription id={`${fieldId('name')}-hint`}>
            Met een naam wordt het plan bewaard: dan kunt u het als CSV downloaden en met een ander plan vergelijken.
            Letters, cijfers, - en _, zonder spaties.
          </FormFieldDescription>
          {errors.name && <FormFieldErrorMessage id={`${fieldId('name')}-error`}>{errors.name}</FormFieldErrorMessage>}
          <Textbox
            id={fieldId('name')} name="name" autoComplete="off" spellCheck={false} size={30}
            value={values.name} invalid={Boolean(errors.name)} aria-describedby={describedBy('name', true)}
            onChange={(event) => change('name', event.target.value)}
          />
        </FormField>
      </div>
      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
        {submitLabel(saving, computing, values.name.trim() !== '')}
      </Button>
    </form>
  );
}

function submitLabel(saving: boolean, computing: boolean, named: boolean): string {
  if (saving) return 'Bezig met berekenen en bewaren…';
  if (computing) return 'Bezig met berekenen…';
  return named ? 'Berekenen en bewaren' : 'Berekenen';
}

