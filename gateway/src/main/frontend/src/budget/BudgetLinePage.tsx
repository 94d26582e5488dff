import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import {
  Button,
  DataList,
  FormField,
  FormLabel,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { fetchBudgetLine, type BudgetLine, type BudgetYear } from '../api/budget';
import { ErrorAlert, Loading } from '../common/Feedback';
import { PageHeading } from '../common/PageHeading';
import { useApi } from '../common/useApi';
import { Chart } from '../charts/Chart';
import { formatCount, formatMoney } from '../format/nl';
import { departmentLabel } from '../session/roles';
import { LineActuals } from './LineActuals';
import { LineHistory } from './LineHistory';
import { KIND_LABELS, METHOD_LABELS, FIRST_DEPRECIATION_LABELS, yearStatusLabel } from './labels';
import { YearEditForm } from './YearEditForm';
import { fiscalYears } from './yearRange';
import { Fact } from '../common/Fact';

export function BudgetLinePage() {
  const { code = '' } = useParams();
  const line = useApi((signal) => fetchBudgetLine(code, signal), [code]);
  // A save answers with the line as it now is; the history is read again (version).
  const [saved, setSaved] = useState<{ line: BudgetLine; version: number }>();

  if (line.state === 'loading') {
    return (
      <>
        <PageHeading>{`Begrotingsregel ${code}`}</PageHeading>
        <Loading what="De begrotingsregel" />
      </>
    );
  }
  if (line.state === 'failed') {
    return (
      <>
        <PageHeading>{`Begrotingsregel ${code}`}</PageHeading>
        <ErrorAlert error={line.error} what="De begrotingsregel" />
        <Paragraph><Link className="utrecht-link" to="/begroting">Terug naar het meerjarenoverzicht</Link></Paragraph>
      </>
    );
  }
  const current = saved?.line.code === code ? saved : undefined;
  return (
    <LoadedLine
      line={current?.line ?? line.data}
      version={current?.version ?? 0}
      onSaved={(changed) => setSaved({ line: changed, version: (current?.version ?? 0) + 1 })}
    />
  );
}

function LoadedLine({ line, version, onSaved }: { line: BudgetLine; version: number; onSaved: (line: BudgetLine) => void }) {
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('jaar'));
  const editing = fiscalYears().includes(asked) ? asked : undefined;
  const [saved, setSaved] = useState<string>();

  function edit(year: number | undefined) {
    setSaved(undefined);
    setParams(year ? { jaar: String(year) } : {});
  }

  return (
    <>
      <PageHeading>{`${line.name} (${line.code})`}</PageHeading>
      <Paragraph><Link className="utrecht-link" to="/begroting">Terug naar het meerjarenoverzicht</Link></Paragraph>
      {line.description && <Paragraph>{line.description}</Paragraph>}
      <DataList className="groenagenda-budget-facts">
        <Fact label="Code" value={line.code} />
        <Fact label="Taakveld" value={`${line.taakveld} ${line.taakveldName}`} />
        <Fact label="Soort" value={KIND_LABELS[line.kind]} />
        <Fact label="Afdeling" value={departmentLabel(line.department)} />
        {line.capitalChargeParameters && (
          <Fact
            label="Kapitaallasten"
            value={`${METHOD_LABELS[line.capitalChargeParameters.method]}, ${line.capitalChargeParameters.termYears} jaar, ${formatCount(line.capitalChargeParameters.interestRate * 100)}% rente, afschrijving vanaf ${FIRST_DEPRECIATION_LABELS[line.capitalChargeParameters.firstDepreciation].toLowerCase()}`}
          />
        )}
      </DataList>
      <div role="status" aria-live="polite">{saved && <Paragraph className="groenagenda-budget-success">{saved}</Paragraph>}</div>
      {editing ? (
        <YearEditForm
          key={editing}
          line={line}
          year={editing}
          onCancel={() => edit(undefined)}
          onSaved={(message, changed) => {
            setParams({});
            setSaved(message);
            onSaved(changed);
          }}
        />
      ) : (
        <AddYear line={line} onChoose={edit} />
      )}
      <YearsTable line={line} onEdit={edit} />
      {line.capitalChargeSchedule && line.capitalChargeSchedule.length > 0 && <LineCapitalCharges line={line} />}
      <LineActuals line={line} />
      <LineHistory code={line.code} version={version} />
    </>
  );
}

function YearsTable({ line, onEdit }: { line: BudgetLine; onEdit: (year: number) => void }) {
  if (line.years.length === 0) {
    return <Paragraph>Deze regel heeft nog geen bedragen. Voeg hierboven een jaar toe.</Paragraph>;
  }
  return (
    <section aria-labelledby="line-years">
      <Heading2 id="line-years">Bedragen per jaar</Heading2>
      <div className="groenagenda-table-scroll">
        <table className="utrecht-table groenagenda-budget-years">
          <caption className="utrecht-table__caption">Bedragen per jaar van {line.name}, in euro's</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">Jaar</th>
              <th scope="col" className="utrecht-table__header-cell">Status</th>
              <th scope="col" className="utrecht-table__header-cell groenagenda-number">Structureel</th>
              <th scope="col" className="utrecht-table__header-cell groenagenda-number">Incidenteel</th>
              <th scope="col" className="utrecht-table__header-cell groenagenda-number">Begroot</th>
              <th scope="col" className="utrecht-table__header-cell groenagenda-number">Baten</th>
              <th scope="col" className="utrecht-table__header-cell groenagenda-number">Gereserveerd</th>
              <th scope="col" className="utrecht-table__header-cell groenagenda-number">Gerealiseerd</th>
              <th scope="col" className="utrecht-table__header-cell groenagenda-number">Beschikbaar</th>
              <th scope="col" className="utrecht-table__header-cell groenagenda-number">Uren per week</th>
              <th scope="col" className="utrecht-table__header-cell"><span className="groenagenda-visually-hidden">Actie</span></th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {line.years.map((year) => <YearRow key={year.year} year={year} onEdit={onEdit} />)}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function YearRow({ year, onEdit }: { year: BudgetYear; onEdit: (year: number) => void }) {
  const income = year.incomeSources.map((source) => `${source.party}: ${formatMoney(source.structural + source.oneOff)}`).join('; ');
  return (
    <tr className="utrecht-table__row">
      <th scope="row" className="utrecht-table__header-cell">{year.year}</th>
      <td className="utrecht-table__cell">{yearStatusLabel(year.status, year.kaderbriefYear)}</td>
      <td className="utrecht-table__cell groenagenda-number">{formatMoney(year.expenses.structural)}</td>
      <td className="utrecht-table__cell groenagenda-number">{formatMoney(year.expenses.oneOff)}</td>
      <td className="utrecht-table__cell groenagenda-number">{formatMoney(year.expenses.total)}</td>
      <td className="utrecht-table__cell groenagenda-number" title={income || undefined}>
        {formatMoney(year.income.total)}
        {income && <span className="groenagenda-visually-hidden"> ({income})</span>}
      </td>
      <td className="utrecht-table__cell groenagenda-number">{formatMoney(year.reserved)}</td>
      <td className="utrecht-table__cell groenagenda-number">{formatMoney(year.realised)}</td>
      <td className={`utrecht-table__cell groenagenda-number${year.available < 0 ? ' groenagenda-negative' : ''}`}>{formatMoney(year.available)}</td>
      <td className="utrecht-table__cell groenagenda-number">{year.staffHoursPerWeek === null ? '-' : formatCount(year.staffHoursPerWeek)}</td>
      <td className="utrecht-table__cell">
        <Button appearance="subtle-button" onClick={() => onEdit(year.year)}>
          Wijzig<span className="groenagenda-visually-hidden"> {year.year}</span>
        </Button>
      </td>
    </tr>
  );
}

/** A year the line has no amounts for yet: the same form, starting empty. */
function AddYear({ line, onChoose }: { line: BudgetLine; onChoose: (year: number) => void }) {
  const free = fiscalYears().filter((year) => !line.years.some((known) => known.year === year));
  const [year, setYear] = useState(free[0]);
  if (free.length === 0) return null;
  return (
    <form
      className="groenagenda-budget-range"
      aria-label="Jaar toevoegen"
      onSubmit={(event) => {
        event.preventDefault();
        onChoose(year);
      }}
    >
      <FormField>
        <FormLabel htmlFor="add-year">Bedragen vastleggen voor een nieuw jaar</FormLabel>
        <Select id="add-year" value={String(year)} onChange={(event) => setYear(Number(event.target.value))}>
          {free.map((option) => <SelectOption key={option} value={String(option)}>{option}</SelectOption>)}
        </Select>
      </FormField>
      <Button type="submit" appearance="secondary-action-button">Jaar toevoegen</Button>
    </form>
  );
}

/** What the line's yearly investments cost in later years, as the budget-service schedules them. */
function LineCapitalCharges({ line }: { line: BudgetLine }) {
  const schedule = line.capitalChargeSchedule ?? [];
  return (
    <section aria-labelledby="line-capital">
      <Heading2 id="line-capital">Kapitaallasten van deze regel</Heading2>
      <Chart
        title={`Kapitaallasten per jaar van de investeringen op ${line.name}`}
        description="Gestapelde staven: per jaar de afschrijving en de rente van alle investeringen van deze regel samen."
        categories={schedule.map((year) => String(year.year))}
        stacked
        formatValue={(value) => formatMoney(Math.round(value))}
        series={[
          { name: 'Afschrijving', kind: 'bar', values: schedule.map((year) => year.depreciation) },
          { name: 'Rente', kind: 'bar', values: schedule.map((year) => year.interest) },
        ]}
      />
    </section>
  );
}
