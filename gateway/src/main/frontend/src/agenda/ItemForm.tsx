import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { FeatureCollection } from 'geojson';
import {
  Alert,
  Button,
  ButtonGroup,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  SelectOption,
} from '@utrecht/component-library-react';
import { fetchBudgetLineOptions, type AgendaItem, type ItemContent, type Programme, type Theme, type Vision } from '../api/agenda';
import { ApiError } from '../api/http';
import { UnsavedChangesGuard } from '../common/UnsavedChangesGuard';
import { useApi } from '../common/useApi';
import { GeoJsonMap } from '../maps/GeoJsonMap';
import { departmentLabel } from '../session/roles';
import { DEPARTMENTS, FIRST_YEAR, LAST_YEAR, MEASURE_TYPE_LABELS, PROGRAMME_LABELS, VISION_LABELS } from './agendaLabels';
import { ErrorSummary, fieldId, useFormErrors } from './ErrorSummary';
import { CheckboxGroup, SelectField, TextField } from './FormFields';
import {
  contentOf,
  fieldLabel,
  fieldOfProblem,
  MAX_TITLE,
  newKey,
  parseLocation,
  validate,
  type CostRow,
  type ItemFormValues,
  type LinkRow,
} from './itemForm';
import { errorsFromProblem, writeFailure, type FieldErrors } from './problems';

interface Props {
  values: ItemFormValues;
  onChange: (values: ItemFormValues) => void;
  themes: Theme[];
  districts: string[];
  /** Editing asks for a reason; creating takes an optional one. */
  editing: boolean;
  restored: boolean;
  save: (content: ItemContent, reason: string) => Promise<AgendaItem>;
  onSaved: (item: AgendaItem) => void;
  /** What to do after a 412: read the newest version, dropping this edit. */
  onReloadLatest?: () => void;
  cancelTo: string;
  submitLabel: string;
}

/** Creating and editing an item: every field the API takes, checked before sending, kept while typing. */
export function ItemForm({ values, onChange, themes, districts, editing, restored, save, onSaved, onReloadLatest, cancelTo, submitLabel }: Props) {
  const { errors, setErrors, other, summary, showErrors } = useFormErrors();
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<AgendaItem>();
  const [touched, setTouched] = useState(restored);
  const budgetLines = useApi((signal) => fetchBudgetLineOptions(signal), []);

  // Leave only after the render without unsaved changes, or the guard would block our own navigation.
  const savedCallback = useRef(onSaved);
  savedCallback.current = onSaved;
  useEffect(() => {
    if (saved) savedCallback.current(saved);
  }, [saved]);

  function update(patch: Partial<ItemFormValues>, cleared: string[] = Object.keys(patch)) {
    onChange({ ...values, ...patch });
    setTouched(true);
    setErrors((current) => {
      const next = { ...current };
      for (const field of cleared) delete next[field];
      return next;
    });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setConflict(false);
    const found = validate(values, themes, editing);
    if (Object.keys(found).length > 0) {
      showErrors(found, []);
      return;
    }
    setBusy(true);
    try {
      const item = await save(contentOf(values), values.reason.trim());
      setSaved(item);
    } catch (error) {
      const failure = error instanceof ApiError ? error : new ApiError(0);
      if (failure.status === 400 && failure.problem?.invalidParams?.length) {
        const mapped = errorsFromProblem(failure.problem.invalidParams, fieldOfProblem);
        showErrors(mapped.fields, mapped.other);
      } else if (failure.status === 412) {
        setConflict(true);
        showErrors({}, [writeFailure(failure, 'Opslaan')]);
      } else if (failure.status !== 401) {
        showErrors({}, [writeFailure(failure, 'Opslaan')]);
      }
    } finally {
      setBusy(false);
    }
  }

  const error = (field: string) => errors[field];
  const labels = Object.fromEntries(Object.keys(errors).map((field) => [field, fieldLabel(field)]));

  return (
    <form onSubmit={submit} noValidate aria-label={editing ? 'Agendapunt bewerken' : 'Nieuw agendapunt'} className="groenagenda-agenda-form">
      <UnsavedChangesGuard
        when={touched && !saved}
        message="U heeft het agendapunt nog niet opgeslagen. Wilt u deze pagina verlaten? Wat u invulde blijft in dit tabblad bewaard tot u het opslaat."
      />
      {restored && (
        <Alert type="info">
          <Paragraph>Wat u eerder in dit formulier invulde is teruggezet.</Paragraph>
        </Alert>
      )}
      <ErrorSummary ref={summary} errors={errors} labels={labels} other={other} />
      {conflict && onReloadLatest && (
        <Button type="button" appearance="secondary-action-button" onClick={onReloadLatest}>
          Nieuwste versie openen (uw wijzigingen vervallen)
        </Button>
      )}

      <Fieldset>
        <FieldsetLegend>Wat</FieldsetLegend>
        <TextField field="title" label="Titel (verplicht)" value={values.title} error={error('title')} maxLength={MAX_TITLE} required
          onChange={(title) => update({ title })} />
        <TextField field="description" label="Omschrijving" multiline value={values.description} error={error('description')}
          onChange={(description) => update({ description })} />
        <CheckboxGroup
          field="visions"
          legend="Visies (verplicht, minstens een)"
          options={(Object.keys(VISION_LABELS) as Vision[]).map((vision) => ({ value: vision, label: VISION_LABELS[vision] }))}
          checked={values.visions}
          error={error('visions')}
          onChange={(visions) => update({ visions: visions as Vision[] }, ['visions', 'theme'])}
        />
        <SelectField field="theme" label="Thema (verplicht)" value={values.theme} error={error('theme')}
          hint="Het thema hoort bij een van de gekozen visies." onChange={(theme) => update({ theme })}>
          <SelectOption value="">Kies een thema</SelectOption>
          {(Object.keys(VISION_LABELS) as Vision[]).map((vision) => (
            <optgroup key={vision} label={VISION_LABELS[vision]}>
              {themes.filter((theme) => theme.vision === vision).map((theme) => (
                <SelectOption key={theme.code} value={theme.code}>{theme.name}</SelectOption>
              ))}
            </optgroup>
          ))}
        </SelectField>
        <SelectField field="measureType" label="Soort maatregel (verplicht)" value={values.measureType} error={error('measureType')}
          onChange={(measureType) => update({ measureType: measureType as ItemFormValues['measureType'] })}>
          <SelectOption value="">Kies de soort maatregel</SelectOption>
          {Object.entries(MEASURE_TYPE_LABELS).map(([value, label]) => (
            <SelectOption key={value} value={value}>{label}</SelectOption>
          ))}
        </SelectField>
      </Fieldset>

      <Fieldset>
        <FieldsetLegend>Waar</FieldsetLegend>
        <CheckboxGroup
          field="districts"
          legend="Wijken (geen keuze: de hele gemeente)"
          options={districts.map((district) => ({ value: district, label: district }))}
          checked={values.districts}
          error={error('districts')}
          columns
          onChange={(chosen) => update({ districts: chosen })}
        />
        <LocationField value={values.location} error={error('location')} onChange={(location) => update({ location })} />
        <TextField field="assetIds" label="Gekoppelde objecten uit het groenareaal" multiline value={values.assetIds} error={error('assetIds')}
          hint="De id’s van de objecten, een per regel." onChange={(assetIds) => update({ assetIds })} />
      </Fieldset>

      <Fieldset>
        <FieldsetLegend>Wie en wanneer</FieldsetLegend>
        <SelectField field="department" label="Afdeling (verplicht)" value={values.department} error={error('department')}
          hint="U stelt agendapunten op voor uw eigen afdeling." onChange={(department) => update({ department })}>
          <SelectOption value="">Kies de afdeling</SelectOption>
          {DEPARTMENTS.map((department) => (
            <SelectOption key={department} value={department}>{departmentLabel(department)}</SelectOption>
          ))}
        </SelectField>
        <TextField field="owner" label="Eigenaar (team of persoon)" value={values.owner} error={error('owner')} maxLength={120}
          onChange={(owner) => update({ owner })} />
        <TextField field="plannedStart" label="Geplande start" type="date" value={values.plannedStart} error={error('plannedStart')}
          hint={`Tussen ${FIRST_YEAR} en ${LAST_YEAR}.`} onChange={(plannedStart) => update({ plannedStart }, ['plannedStart', 'plannedEnd'])} />
        <TextField field="plannedEnd" label="Gepland einde" type="date" value={values.plannedEnd} error={error('plannedEnd')}
          hint="Niet voor de start." onChange={(plannedEnd) => update({ plannedEnd })} />
      </Fieldset>

      <Fieldset>
        <FieldsetLegend>Geld</FieldsetLegend>
        {budgetLines.state === 'loaded' ? (
          <SelectField field="budgetLineCode" label="Begrotingspost" value={values.budgetLineCode} error={error('budgetLineCode')}
            onChange={(budgetLineCode) => update({ budgetLineCode })}>
            <SelectOption value="">Nog geen begrotingspost</SelectOption>
            {budgetLines.data.map((line) => (
              <SelectOption key={line.code} value={line.code}>{line.name} ({line.code})</SelectOption>
            ))}
          </SelectField>
        ) : (
          <TextField field="budgetLineCode" label="Begrotingspost (code)" value={values.budgetLineCode} error={error('budgetLineCode')}
            maxLength={40} hint={budgetLines.state === 'failed' ? 'De lijst van begrotingsposten is niet beschikbaar; typ de code.' : undefined}
            onChange={(budgetLineCode) => update({ budgetLineCode })} />
        )}
        <CostRows rows={values.costs} errors={errors} error={error('costs')}
          onChange={(costs, cleared) => update({ costs }, ['costs', ...cleared])} />
      </Fieldset>

      <Fieldset>
        <FieldsetLegend>Samenwerking</FieldsetLegend>
        <LinkRows rows={values.workWithWork} errors={errors}
          onChange={(workWithWork, cleared) => update({ workWithWork }, ['workWithWork', ...cleared])} />
        <TextField field="partners" label="Partners" multiline value={values.partners} error={error('partners')}
          hint="Een naam per regel, bijvoorbeeld het waterschap." onChange={(partners) => update({ partners })} />
      </Fieldset>

      <TextField field="reason" label={editing ? 'Reden van de wijziging (verplicht)' : 'Toelichting (niet verplicht)'} multiline
        value={values.reason} error={error('reason')} hint="Komt in de geschiedenis van het agendapunt." onChange={(reason) => update({ reason })} />

      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {busy ? 'Bezig met opslaan…' : submitLabel}
        </Button>
        <Link className="utrecht-link" to={cancelTo}>Annuleren</Link>
      </ButtonGroup>
    </form>
  );
}

/** The location as GeoJSON text, or picked as a point on the map (the text stays the way for keyboard users). */
function LocationField({ value, error, onChange }: { value: string; error: string | undefined; onChange: (value: string) => void }) {
  const data = useMemo<FeatureCollection>(() => {
    const geometry = parseLocation(value);
    return { type: 'FeatureCollection', features: geometry ? [{ type: 'Feature', geometry, properties: {} }] : [] };
  }, [value]);
  return (
    <>
      <TextField field="location" label="Locatie (GeoJSON-geometrie in WGS84, niet verplicht)" multiline value={value} error={error}
        hint="Klik op de kaart hieronder om een punt te kiezen, of plak een geometrie, bijvoorbeeld een polygoon uit een GIS-pakket."
        onChange={onChange} />
      <GeoJsonMap
        name="Kaart om de locatie te kiezen"
        data={data}
        popup={() => ({ title: 'Gekozen locatie' })}
        onPick={({ lon, lat }) => onChange(JSON.stringify({ type: 'Point', coordinates: [lon, lat] }))}
      />
    </>
  );
}

interface RowsProps<T> {
  rows: T[];
  errors: FieldErrors;
  error?: string;
  onChange: (rows: T[], cleared: string[]) => void;
}

function CostRows({ rows, errors, error, onChange }: RowsProps<CostRow>) {
  const focusRow = useFocusNewRow(rows.length, (index) => fieldId(`costs[${index}].year`));
  const rowFields = (index: number) => [`costs[${index}].year`, `costs[${index}].amount`];
  const change = (index: number, patch: Partial<CostRow>) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)), rowFields(index));
  const nextYear = rows.length > 0 ? Math.min(Number(rows[rows.length - 1].year) + 1, LAST_YEAR) : new Date().getFullYear();
  return (
    <Fieldset invalid={Boolean(error)} aria-describedby={error ? `${fieldId('costs')}-error` : undefined}>
      <FieldsetLegend>Kosten per jaar</FieldsetLegend>
      {error && <FormFieldErrorMessage id={`${fieldId('costs')}-error`}>{error}</FormFieldErrorMessage>}
      {rows.length === 0 && <Paragraph>Nog geen kosten geraamd.</Paragraph>}
      {rows.map((row, index) => (
        <Fieldset key={row.key} className="groenagenda-agenda-form__row">
          <FieldsetLegend>Kostenregel {index + 1}</FieldsetLegend>
          <TextField field={`costs[${index}].year`} label="Jaar" value={row.year} error={errors[`costs[${index}].year`]}
            onChange={(year) => change(index, { year })} />
          <TextField field={`costs[${index}].amount`} label="Bedrag in euro’s" value={row.amount} error={errors[`costs[${index}].amount`]}
            onChange={(amount) => change(index, { amount })} />
          <SelectField field={`costs[${index}].kind`} label="Soort" value={row.kind} error={undefined}
            onChange={(kind) => change(index, { kind: kind as CostRow['kind'] })}>
            <SelectOption value="OPERATING">Exploitatie</SelectOption>
            <SelectOption value="INVESTMENT">Investering</SelectOption>
          </SelectField>
          <FormField
            type="checkbox"
            input={<Checkbox id={fieldId(`costs[${index}].recurring`)} checked={row.recurring}
              onChange={(event) => change(index, { recurring: event.target.checked })} />}
            label={<FormLabel type="checkbox" htmlFor={fieldId(`costs[${index}].recurring`)}>Structureel (elk jaar terugkerend)</FormLabel>}
          />
          <Button type="button" appearance="subtle-button" onClick={() => onChange(rows.filter((_, at) => at !== index), [])}>
            Kostenregel {index + 1} verwijderen
          </Button>
        </Fieldset>
      ))}
      <Button type="button" id={fieldId('costs')} appearance="secondary-action-button" onClick={() => {
        focusRow();
        onChange([...rows, { key: newKey(), year: String(nextYear), amount: '', recurring: false, kind: 'OPERATING' }], []);
      }}>
        Kostenregel toevoegen
      </Button>
    </Fieldset>
  );
}

function LinkRows({ rows, errors, onChange }: RowsProps<LinkRow>) {
  const focusRow = useFocusNewRow(rows.length, (index) => fieldId(`workWithWork[${index}].programme`));
  const change = (index: number, patch: Partial<LinkRow>) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)),
      [`workWithWork[${index}].programme`, `workWithWork[${index}].description`]);
  return (
    <Fieldset>
      <FieldsetLegend>Werk met werk: samen met andere programma’s</FieldsetLegend>
      {rows.length === 0 && <Paragraph>Nog geen koppelingen.</Paragraph>}
      {rows.map((row, index) => (
        <Fieldset key={row.key} className="groenagenda-agenda-form__row">
          <FieldsetLegend>Koppeling {index + 1}</FieldsetLegend>
          <SelectField field={`workWithWork[${index}].programme`} label="Programma" value={row.programme}
            error={errors[`workWithWork[${index}].programme`]} onChange={(programme) => change(index, { programme: programme as Programme })}>
            <SelectOption value="">Kies een programma</SelectOption>
            {Object.entries(PROGRAMME_LABELS).map(([value, label]) => (
              <SelectOption key={value} value={value}>{label}</SelectOption>
            ))}
          </SelectField>
          <TextField field={`workWithWork[${index}].description`} label="Omschrijving" value={row.description}
            error={errors[`workWithWork[${index}].description`]} maxLength={500} onChange={(description) => change(index, { description })} />
          <Button type="button" appearance="subtle-button" onClick={() => onChange(rows.filter((_, at) => at !== index), [])}>
            Koppeling {index + 1} verwijderen
          </Button>
        </Fieldset>
      ))}
      <Button type="button" id={fieldId('workWithWork')} appearance="secondary-action-button" onClick={() => {
        focusRow();
        onChange([...rows, { key: newKey(), programme: '', description: '' }], []);
      }}>
        Koppeling toevoegen
      </Button>
    </Fieldset>
  );
}

/** After "add", focus goes to the new row's first field, so a keyboard user continues there. */
function useFocusNewRow(count: number, idOf: (index: number) => string): () => void {
  const pending = useRef(false);
  useEffect(() => {
    if (!pending.current) return;
    pending.current = false;
    document.getElementById(idOf(count - 1))?.focus();
  }, [count, idOf]);
  return () => {
    pending.current = true;
  };
}
