import { useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { calculateCapitalCharges, type CapitalChargeRequest, type FirstDepreciation, type Method, type ScheduleYear } from '../api/budget';
import { Chart } from '../charts/Chart';
import { ErrorAlert, Loading } from '../common/Feedback';
import { PageHeading } from '../common/PageHeading';
import { useApi } from '../common/useApi';
import { formatMoney } from '../format/nl';
import { ErrorSummary, type SummaryItem } from '../common/ErrorSummary';
import { RadioGroupField, TextField } from './FormParts';
import { amountProblem, hasErrors, parseAmount, type FieldErrors } from './input';
import { FIRST_DEPRECIATION_LABELS, METHOD_LABELS } from './labels';

/** The proposal's replacement investment (raadsvoorstel Groenvisie, 6.1): the page opens with it. */
const PROPOSAL = { bedrag: '280.000', jaar: '2025', methode: 'ANNUITY', looptijd: '20', rente: '2', afschrijving: 'YEAR_AFTER', bijdrage: '', tranches: '20' };
type Form = typeof PROPOSAL;

const LABELS: Record<keyof Form, string> = {
  bedrag: 'Bedrag van de investering',
  jaar: 'Jaar van de investering',
  methode: 'Afschrijvingsmethode',
  looptijd: 'Afschrijvingstermijn',
  rente: 'Rente',
  afschrijving: 'Eerste afschrijvingsjaar',
  bijdrage: 'Bijdrage van derden',
  tranches: 'Aantal jaarlijkse tranches',
};

function formFromParams(params: URLSearchParams): Form {
  const form = { ...PROPOSAL };
  for (const key of Object.keys(PROPOSAL) as (keyof Form)[]) {
    const value = params.get(key);
    if (value !== null) form[key] = value;
  }
  return form;
}

function wholeNumber(text: string, min: number, max: number): boolean {
  const value = Number(text);
  return text.trim() !== '' && Number.isInteger(value) && value >= min && value <= max;
}

export function validateInvestment(form: Form): FieldErrors {
  const amount = parseAmount(form.bedrag);
  const contribution = parseAmount(form.bijdrage);
  const rate = Number(form.rente.replace(',', '.'));
  return {
    bedrag: amountProblem(form.bedrag, { allowZero: false }),
    jaar: wholeNumber(form.jaar, 2000, 2100) ? undefined : 'Vul een jaar in van 2000 tot en met 2100.',
    methode: form.methode in METHOD_LABELS ? undefined : 'Kies annuïtair of lineair.',
    looptijd: wholeNumber(form.looptijd, 1, 100) ? undefined : 'Vul een termijn in hele jaren in, van 1 tot en met 100.',
    rente: form.rente.trim() !== '' && Number.isFinite(rate) && rate >= 0 && rate <= 20 ? undefined : 'Vul een rentepercentage in van 0 tot en met 20, bijvoorbeeld 2 of 2,5.',
    afschrijving: form.afschrijving in FIRST_DEPRECIATION_LABELS ? undefined : 'Kies wanneer de afschrijving begint.',
    bijdrage: amountProblem(form.bijdrage, { required: false })
      ?? (amount !== undefined && contribution !== undefined && contribution > amount ? 'De bijdrage mag niet groter zijn dan de investering.' : undefined),
    tranches: wholeNumber(form.tranches, 1, 100) && Number(form.jaar) + Number(form.tranches) - 1 <= 2100
      ? undefined : 'Vul een aantal tranches in van 1 tot en met 100; de laatste valt uiterlijk in 2100.',
  };
}

/** Fixed ids, so that the server's answer about a field can link to it too. */
const fieldId = (field: string) => `capital-${field}`;

/** The API's names for the form's fields. */
const API_FIELDS: Record<string, keyof Form> = {
  amount: 'bedrag', firstYear: 'jaar', method: 'methode', termYears: 'looptijd', interestRate: 'rente',
  firstDepreciation: 'afschrijving', contribution: 'bijdrage', tranches: 'tranches',
};

function summaryItem(field: keyof Form, message: string): SummaryItem {
  const target = field === 'methode' ? 'methode-ANNUITY' : field === 'afschrijving' ? 'afschrijving-YEAR_AFTER' : field;
  return { field: fieldId(target), message: `${LABELS[field]}: ${message}` };
}

function requestOf(form: Form): CapitalChargeRequest {
  const contribution = parseAmount(form.bijdrage);
  return {
    amount: parseAmount(form.bedrag) as number,
    firstYear: Number(form.jaar),
    method: form.methode as Method,
    termYears: Number(form.looptijd),
    // A percentage in the form, a fraction for the API; rounded so 2,3 does not become 0.022999999.
    interestRate: Math.round(Number(form.rente.replace(',', '.')) * 10_000) / 1_000_000,
    firstDepreciation: form.afschrijving as FirstDepreciation,
    ...(contribution ? { contribution } : {}),
  };
}

export function CapitalChargesPage() {
  const [params, setParams] = useSearchParams();
  const form = formFromParams(params);
  const valid = !hasErrors(validateInvestment(form));

  return (
    <>
      <PageHeading>Kapitaallasten berekenen</PageHeading>
      <Paragraph>
        Kapitaallasten zijn afschrijving plus rente over de boekwaarde. De begroting rekent ze uit volgens de
        BBV; hier ziet u ze voor één investering en voor een reeks jaarlijkse investeringen (tranches).
      </Paragraph>
      <InvestmentForm key={params.toString()} initial={form} onCalculate={(next) => setParams(next)} />
      {valid && <Results form={form} />}
    </>
  );
}

function InvestmentForm({ initial, onCalculate }: { initial: Form; onCalculate: (form: Form) => void }) {
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>(() => validateInvestment(initial));
  const summary = useRef<HTMLDivElement>(null);
  
  function update(field: keyof Form, value: string) {
    setForm({ ...form, [field]: value });
    setErrors((current) => ({ ...current, [field]: undefined }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateInvestment(form);
    setErrors(found);
    if (hasErrors(found)) {
      queueMicrotask(() => summary.current?.focus());
      return;
    }
    onCalculate(form);
  }

  const items: SummaryItem[] = (Object.keys(LABELS) as (keyof Form)[])
    .filter((field) => errors[field])
    .map((field) => summaryItem(field, errors[field] as string));

  return (
    <form onSubmit={submit} noValidate aria-label="Investering" className="groenagenda-budget-form groenagenda-budget-calculator">
      <ErrorSummary ref={summary} items={items} />
      <div className="groenagenda-budget-fields">
        <TextField id={fieldId('bedrag')} label="Bedrag van de investering (per tranche)" hint="In euro's, bijvoorbeeld 280.000." inputMode="decimal"
          value={form.bedrag} error={errors.bedrag} onChange={(event) => update('bedrag', event.target.value)} />
        <TextField id={fieldId('jaar')} label="Jaar van de (eerste) investering" inputMode="numeric"
          value={form.jaar} error={errors.jaar} onChange={(event) => update('jaar', event.target.value)} />
        <TextField id={fieldId('looptijd')} label="Afschrijvingstermijn in jaren" inputMode="numeric"
          value={form.looptijd} error={errors.looptijd} onChange={(event) => update('looptijd', event.target.value)} />
        <TextField id={fieldId('rente')} label="Rente in procenten" hint="Bijvoorbeeld 2 of 2,5." inputMode="decimal"
          value={form.rente} error={errors.rente} onChange={(event) => update('rente', event.target.value)} />
        <TextField id={fieldId('bijdrage')} label="Bijdrage van derden (niet verplicht)" hint="Gaat van de af te schrijven waarde af (BBV art. 62)." inputMode="decimal"
          value={form.bijdrage} error={errors.bijdrage} onChange={(event) => update('bijdrage', event.target.value)} />
        <TextField id={fieldId('tranches')} label="Aantal jaarlijkse tranches" hint="Hetzelfde bedrag elk jaar opnieuw geïnvesteerd." inputMode="numeric"
          value={form.tranches} error={errors.tranches} onChange={(event) => update('tranches', event.target.value)} />
      </div>
      <RadioGroupField legend="Afschrijvingsmethode" name={fieldId('methode')} options={METHOD_LABELS} value={form.methode} error={errors.methode}
        onChange={(value) => update('methode', value)} />
      <RadioGroupField legend="Eerste afschrijvingsjaar" name={fieldId('afschrijving')} options={FIRST_DEPRECIATION_LABELS} value={form.afschrijving}
        error={errors.afschrijving} onChange={(value) => update('afschrijving', value)} />
      <Button type="submit" appearance="primary-action-button">Berekenen</Button>
    </form>
  );
}

/** Whole euros, as the proposal and council tables write capital charges. */
const euros = (value: number) => formatMoney(Math.round(value));

function Results({ form }: { form: Form }) {
  const request = requestOf(form);
  const tranches = Number(form.tranches);
  const key = JSON.stringify({ request, tranches });
  const result = useApi(async () => {
    const [one, all] = await Promise.all([
      calculateCapitalCharges({ ...request, tranches: 1 }),
      calculateCapitalCharges({ ...request, tranches }),
    ]);
    return { one: one.years, all: all.years };
  }, [key]);

  return (
    <section aria-labelledby="capital-result" className="groenagenda-budget-result">
      <Heading2 id="capital-result">Uitkomst</Heading2>
      <div aria-live="polite">
        {result.state === 'loading' && <Loading what="De berekening" />}
        {result.state === 'failed' && (result.error.problem?.invalidParams?.length
          ? <ErrorSummary title="De begroting kan hiermee niet rekenen" items={result.error.problem.invalidParams.map((param) =>
            (API_FIELDS[param.name] ? summaryItem(API_FIELDS[param.name], param.reason) : { message: `${param.name}: ${param.reason}` }))} />
          : <ErrorAlert error={result.error} what="De berekening" />)}
        {result.state === 'loaded' && <KeyFigures one={result.data.one} all={result.data.all} tranches={tranches} method={request.method} />}
      </div>
      {result.state === 'loaded' && <Schedules one={result.data.one} all={result.data.all} tranches={tranches} />}
    </section>
  );
}

function firstCharged(years: ScheduleYear[]): ScheduleYear | undefined {
  return years.find((year) => year.capitalCharges > 0);
}

function KeyFigures({ one, all, tranches, method }: { one: ScheduleYear[]; all: ScheduleYear[]; tranches: number; method: Method }) {
  const first = firstCharged(one);
  const peak = all.reduce<ScheduleYear | undefined>((best, year) => (!best || year.capitalCharges > best.capitalCharges ? year : best), undefined);
  return (
    <dl className="groenagenda-budget-keyfigures">
      <div>
        <dt>Kapitaallasten van één investering {method === 'ANNUITY' ? 'per jaar' : `in het eerste jaar (${first?.year ?? '-'})`}</dt>
        <dd className="groenagenda-figure">{first ? euros(first.capitalCharges) : '-'}</dd>
      </div>
      {tranches > 1 && (
        <div>
          <dt>Hoogste kapitaallasten van {tranches} jaarlijkse tranches{peak ? ` (in ${peak.year})` : ''}</dt>
          <dd className="groenagenda-figure">{peak ? euros(peak.capitalCharges) : '-'}</dd>
        </div>
      )}
    </dl>
  );
}

function Schedules({ one, all, tranches }: { one: ScheduleYear[]; all: ScheduleYear[]; tranches: number }) {
  const years = (schedule: ScheduleYear[]) => schedule.map((year) => String(year.year));
  return (
    <>
      <Chart
        title="Kapitaallasten van één investering per jaar"
        description="Gestapelde staven: per jaar de afschrijving en de rente, samen de kapitaallasten van één investering."
        categories={years(one)}
        stacked
        formatValue={euros}
        series={[
          { name: 'Afschrijving', kind: 'bar', values: one.map((year) => year.depreciation) },
          { name: 'Rente', kind: 'bar', values: one.map((year) => year.interest) },
        ]}
      />
      <Chart
        title="Boekwaarde van één investering aan het eind van elk jaar"
        description="Lijn: de boekwaarde daalt tot nul aan het eind van de afschrijvingstermijn."
        categories={years(one)}
        formatValue={euros}
        series={[{ name: 'Boekwaarde', kind: 'line', values: one.map((year) => year.bookValue) }]}
      />
      {tranches > 1 && (
        <Chart
          title={`Kapitaallasten van ${tranches} jaarlijkse tranches, opgeteld per jaar`}
          description="Gestapelde staven: per jaar de afschrijving en de rente van alle tranches samen; ze lopen op zolang er tranches bijkomen."
          categories={years(all)}
          stacked
          formatValue={euros}
          series={[
            { name: 'Afschrijving', kind: 'bar', values: all.map((year) => year.depreciation) },
            { name: 'Rente', kind: 'bar', values: all.map((year) => year.interest) },
          ]}
        />
      )}
      <div className="groenagenda-table-scroll">
        <table className="utrecht-table">
          <caption className="utrecht-table__caption">Afschrijvingsschema van één investering, in euro's</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">Jaar</th>
              <th scope="col" className="utrecht-table__header-cell groenagenda-number">Afschrijving</th>
              <th scope="col" className="utrecht-table__header-cell groenagenda-number">Rente</th>
              <th scope="col" className="utrecht-table__header-cell groenagenda-number">Kapitaallasten</th>
              <th scope="col" className="utrecht-table__header-cell groenagenda-number">Boekwaarde eind van het jaar</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {one.map((year) => (
              <tr key={year.year} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">{year.year}</th>
                <td className="utrecht-table__cell groenagenda-number">{formatMoney(year.depreciation)}</td>
                <td className="utrecht-table__cell groenagenda-number">{formatMoney(year.interest)}</td>
                <td className="utrecht-table__cell groenagenda-number">{formatMoney(year.capitalCharges)}</td>
                <td className="utrecht-table__cell groenagenda-number">{formatMoney(year.bookValue)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
