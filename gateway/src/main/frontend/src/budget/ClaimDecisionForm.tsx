import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  Fieldset,
  FieldsetLegend,
  FormFieldErrorMessage,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import { recordDecision, type Claim, type CouncilDecision, type FollowUp, type Outcome } from '../api/budget';
import type { ApiError } from '../api/http';
import { problemMessage } from '../common/messages';
import { UnsavedChangesGuard } from '../common/UnsavedChangesGuard';
import { useStoredDraft } from '../common/useStoredDraft';
import { formatMoney } from '../format/nl';
import { FormButtons } from '../common/FormButtons';
import { ErrorSummary, type SummaryItem } from '../common/ErrorSummary';
import { RadioGroupField, TextAreaField, TextField } from './FormParts';
import { amountInput, amountProblem, hasErrors, parseAmount, saveFailure, type FieldErrors } from './input';
import { CLAIM_STATUS_LABELS, FOLLOW_UP_LABELS } from './labels';

interface Draft {
  outcome: Outcome | '';
  /** Per claimed year what the council granted, as typed (PARTLY_HONOURED only). */
  amounts: Record<string, string>;
  followUp: FollowUp | '';
  reference: string;
  reason: string;
}

/** The council's possible decisions: every claim status but the one waiting for it. */
const { PENDING: _pending, ...OUTCOME_LABELS } = CLAIM_STATUS_LABELS;

function validateDecision(claim: Claim, draft: Draft): FieldErrors {
  const errors: FieldErrors = {
    outcome: draft.outcome ? undefined : 'Kies het besluit van de raad.',
    reference: draft.reference.trim() === '' ? 'Vul de vindplaats van het raadsbesluit in, bijvoorbeeld "Raadsbesluit Kaderbrief 2025".'
      : draft.reference.trim().length > 200 ? 'Hoogstens 200 tekens.' : undefined,
    followUp: draft.outcome === 'REFUSED' && !draft.followUp ? 'Kies wat er met het agendapunt gebeurt.' : undefined,
    reason: draft.reason.trim().length > 2000 ? 'Hoogstens 2000 tekens.' : undefined,
  };
  if (draft.outcome === 'PARTLY_HONOURED') {
    let anything = false;
    for (const asked of claim.amounts) {
      const text = draft.amounts[asked.year] ?? '';
      const problem = amountProblem(text);
      const value = parseAmount(text);
      if (problem) errors[`amount-${asked.year}`] = problem;
      else if (value !== undefined && value > asked.amount) errors[`amount-${asked.year}`] = `Hoogstens het gevraagde bedrag, ${formatMoney(asked.amount)}.`;
      if (value) anything = true;
    }
    if (!anything && claim.amounts.every((asked) => !errors[`amount-${asked.year}`])) {
      errors.amounts = 'Ken voor minstens één jaar iets toe; wordt niets toegekend, kies dan "Afgewezen".';
    }
  }
  return errors;
}

function requestOf(claim: Claim, draft: Draft): CouncilDecision {
  const decision: CouncilDecision = { claimId: claim.id, outcome: draft.outcome as Outcome, reference: draft.reference.trim() };
  if (draft.outcome === 'PARTLY_HONOURED') {
    decision.amounts = claim.amounts.map((asked) => ({ year: asked.year, amount: parseAmount(draft.amounts[asked.year]) ?? 0 }));
  }
  if (draft.outcome === 'REFUSED') decision.followUp = draft.followUp as FollowUp;
  if (draft.reason.trim()) decision.reason = draft.reason.trim();
  return decision;
}

/** "amounts[year=2027].amount" is about the field of 2027; the rest by their own name. */
function fieldOfParam(name: string): string {
  const year = /^amounts\[year=(\d+)\]/.exec(name);
  return year ? `amount-${year[1]}` : name;
}

interface Props {
  cycleYear: number;
  claim: Claim;
  onCancel: () => void;
  onDecided: (message: string) => void;
}

export function ClaimDecisionForm({ cycleYear, claim, onCancel, onDecided }: Props) {
  const id = useId();
  const initial: Draft = {
    outcome: '',
    amounts: Object.fromEntries(claim.amounts.map((asked) => [asked.year, amountInput(asked.amount)])),
    followUp: '',
    reference: '',
    reason: '',
  };
  const [draft, setDraft, clearDraft] = useStoredDraft<Draft>(`kaderbrief:${cycleYear}:claim:${claim.id}`, initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);
  const fieldId = (field: string) => `${id}-${field}`;
  const fields = ['outcome', 'reference', 'followUp', 'reason', 'amounts', ...claim.amounts.map((asked) => `amount-${asked.year}`)];

  useEffect(() => heading.current?.focus(), []);

  function update(next: Partial<Draft>, field: string) {
    setDraft({ ...draft, ...next });
    setErrors((current) => ({ ...current, [field]: undefined }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setGeneral([]);
    const found = validateDecision(claim, draft);
    setErrors(found);
    if (hasErrors(found)) {
      queueMicrotask(() => summary.current?.focus());
      return;
    }
    setBusy(true);
    try {
      await recordDecision(cycleYear, requestOf(claim, draft));
      clearDraft();
      onDecided(`Het besluit "${CLAIM_STATUS_LABELS[draft.outcome as Outcome]}" over de claim op ${claim.budgetLineCode} is vastgelegd.`);
    } catch (error) {
      const shown = saveFailure(error, fields, decisionMessage, fieldOfParam);
      if (!shown) return;
      setErrors(shown.fields);
      setGeneral(shown.other);
      queueMicrotask(() => summary.current?.focus());
    } finally {
      setBusy(false);
    }
  }

  const label = (field: string) => {
    if (field.startsWith('amount-')) return `Toegekend ${field.substring(7)}`;
    return { outcome: 'Besluit', reference: 'Raadsbesluit', followUp: 'Vervolg', reason: 'Toelichting', amounts: 'Bedragen' }[field] ?? field;
  };
  const target = (field: string) => {
    if (field === 'outcome') return fieldId('outcome-HONOURED');
    if (field === 'followUp') return fieldId('followUp-RETURN');
    if (field === 'amounts') return fieldId(`amount-${claim.amounts[0]?.year}`);
    return fieldId(field);
  };
  const items: SummaryItem[] = [
    ...general.map((message) => ({ message })),
    ...fields.filter((field) => errors[field]).map((field) => ({ field: target(field), message: `${label(field)}: ${errors[field]}` })),
  ];

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`} className="groenagenda-budget-form groenagenda-decision">
      <UnsavedChangesGuard
        when={dirty && !busy}
        message="U heeft het besluit over deze claim nog niet vastgelegd. Wilt u deze pagina verlaten? Wat u invulde gaat dan verloren."
      />
      <Heading2 id={`${id}-title`} ref={heading} tabIndex={-1} className="groenagenda-focus-target">
        Raadsbesluit over de claim op {claim.budgetLineCode}
      </Heading2>
      <Paragraph>
        Gevraagd: {claim.amounts.map((asked) => `${asked.year} ${formatMoney(asked.amount)}`).join(', ')}. {claim.motivation}
      </Paragraph>
      <ErrorSummary ref={summary} items={items} />
      <RadioGroupField
        legend="Besluit van de raad (verplicht)"
        name={fieldId('outcome')}
        options={OUTCOME_LABELS}
        value={draft.outcome}
        error={errors.outcome}
        onChange={(outcome) => update({ outcome }, 'outcome')}
      />
      {draft.outcome === 'PARTLY_HONOURED' && (
        <Fieldset invalid={Boolean(errors.amounts)} aria-describedby={errors.amounts ? `${fieldId('amounts')}-error` : undefined}>
          <FieldsetLegend>Toegekende bedragen per jaar</FieldsetLegend>
          {errors.amounts && <FormFieldErrorMessage id={`${fieldId('amounts')}-error`}>{errors.amounts}</FormFieldErrorMessage>}
          {claim.amounts.map((asked) => (
            <TextField
              key={asked.year}
              id={fieldId(`amount-${asked.year}`)}
              label={`Toegekend voor ${asked.year}`}
              hint={`Gevraagd: ${formatMoney(asked.amount)}; 0 als voor dit jaar niets wordt toegekend.`}
              inputMode="decimal"
              value={draft.amounts[asked.year] ?? ''}
              error={errors[`amount-${asked.year}`]}
              onChange={(event) => update({ amounts: { ...draft.amounts, [asked.year]: event.target.value } }, `amount-${asked.year}`)}
            />
          ))}
        </Fieldset>
      )}
      {draft.outcome === 'REFUSED' && (
        <RadioGroupField
          legend="Wat gebeurt er met het agendapunt? (verplicht)"
          name={fieldId('followUp')}
          options={FOLLOW_UP_LABELS}
          value={draft.followUp}
          error={errors.followUp}
          onChange={(followUp) => update({ followUp }, 'followUp')}
        />
      )}
      <TextField
        id={fieldId('reference')}
        label="Raadsbesluit (verplicht)"
        hint="De vindplaats van het besluit, bijvoorbeeld het nummer of de titel van het raadsbesluit."
        value={draft.reference}
        error={errors.reference}
        onChange={(event) => update({ reference: event.target.value }, 'reference')}
      />
      <TextAreaField
        id={fieldId('reason')}
        label="Toelichting (niet verplicht)"
        value={draft.reason}
        error={errors.reason}
        onChange={(event) => update({ reason: event.target.value }, 'reason')}
      />
      <FormButtons
        label="Besluit vastleggen"
        busyLabel="Bezig met vastleggen…"
        busy={busy}
        onCancel={() => {
          clearDraft();
          onCancel();
        }}
      />
    </form>
  );
}

function decisionMessage(error: ApiError): string {
  if (error.status === 409) {
    return `${error.problem?.detail ?? 'Over deze claim is intussen al besloten.'} Laad de pagina opnieuw om de actuele stand te zien.`;
  }
  if (error.status === 403) {
    return 'U mag geen raadsbesluiten vastleggen: dat is voorbehouden aan financieel adviseurs.';
  }
  return problemMessage(error, 'Het besluit');
}
