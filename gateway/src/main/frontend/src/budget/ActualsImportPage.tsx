import { useRef, useState, type FormEvent } from 'react';
import { Alert, Button, FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Heading2, Paragraph } from '@utrecht/component-library-react';
import { importActuals, type ImportReport } from '../api/budget';
import { ApiError, type InvalidParam } from '../api/http';
import { problemMessage } from '../common/messages';
import { PageHeading } from '../common/PageHeading';
import { formatCount, formatMoney } from '../format/nl';
import { monthLabel } from './labels';

/** The financial system's export is CSV; a few MB covers a year of bookings of every line. */
const MAX_BYTES = 20 * 1024 * 1024;

type Outcome =
  | { kind: 'imported'; report: ImportReport }
  | { kind: 'rejected'; problems: InvalidParam[] }
  | { kind: 'failed'; message: string };

export interface RowProblem {
  row: number | null;
  column: string;
  reason: string;
}

/** "rows[17].amount" is row 17, column amount; "body" or a header problem has no row. */
export function rowProblem(param: InvalidParam): RowProblem {
  const match = /^rows\[(\d+)\]\.?(.*)$/.exec(param.name);
  return match ? { row: Number(match[1]), column: match[2] || '-', reason: param.reason } : { row: null, column: param.name, reason: param.reason };
}

export function ActualsImportPage() {
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File>();
  const [fileError, setFileError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setOutcome(undefined);
    const problem = !file ? 'Kies het CSV-bestand met de boekingen.'
      : file.size === 0 ? 'Het gekozen bestand is leeg.'
        : file.size > MAX_BYTES ? 'Het bestand is groter dan 20 MB; splits het per jaar.'
          : !/\.csv$/i.test(file.name) && file.type !== 'text/csv' ? 'Kies een CSV-bestand (.csv).' : undefined;
    setFileError(problem);
    if (problem || !file) {
      input.current?.focus();
      return;
    }
    setBusy(true);
    try {
      setOutcome({ kind: 'imported', report: await importActuals(file) });
    } catch (error) {
      const failure = error instanceof ApiError ? error : new ApiError(0);
      if (failure.status === 401) return;
      setOutcome(failure.status === 400 && failure.problem?.invalidParams?.length
        ? { kind: 'rejected', problems: failure.problem.invalidParams }
        : { kind: 'failed', message: problemMessage(failure, 'De import') });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <PageHeading>Werkelijke uitgaven importeren</PageHeading>
      <Paragraph>
        Lees de boekingen uit het financiële systeem in als CSV-bestand met een kopregel met de kolommen
        budgetLineCode, year, month, amount en eventueel description, gescheiden door puntkomma's of komma's.
        Bedragen mogen in Nederlandse notatie (1.234,56). De import is alles of niets: bij een fout wordt niets
        opgeslagen en ziet u alle fouten per regel. Een maand die al was ingelezen wordt vervangen.
      </Paragraph>
      <form onSubmit={submit} noValidate aria-label="Boekingen importeren" className="groenagenda-budget-form">
        <FormField invalid={Boolean(fileError)}>
          <FormLabel htmlFor="actuals-file">CSV-bestand met boekingen</FormLabel>
          <FormFieldDescription id="actuals-file-hint">Hoogstens 20 MB.</FormFieldDescription>
          {fileError && <FormFieldErrorMessage id="actuals-file-error">{fileError}</FormFieldErrorMessage>}
          <input
            ref={input}
            id="actuals-file"
            type="file"
            accept=".csv,text/csv"
            className="groenagenda-budget-file"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? 'actuals-file-error actuals-file-hint' : 'actuals-file-hint'}
            onChange={(event) => {
              setFile(event.target.files?.[0]);
              setFileError(undefined);
            }}
          />
        </FormField>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {busy ? 'Bezig met importeren…' : 'Importeren'}
        </Button>
      </form>
      <div role="status" aria-live="polite" className="groenagenda-budget-result">
        {busy && (
          <Paragraph>
            <progress className="groenagenda-budget-progress" aria-label="Voortgang van de import" /> Bezig met importeren van {file?.name}…
          </Paragraph>
        )}
        {outcome?.kind === 'imported' && <ImportSummary report={outcome.report} />}
      </div>
      {outcome?.kind === 'rejected' && <RowErrors problems={outcome.problems} />}
      {outcome?.kind === 'failed' && <Alert type="error" role="alert"><Paragraph>{outcome.message}</Paragraph></Alert>}
    </>
  );
}

function ImportSummary({ report }: { report: ImportReport }) {
  return (
    <section aria-labelledby="import-done">
      <Heading2 id="import-done">Import gelukt</Heading2>
      <Paragraph>
        {formatCount(report.rows)} boekingen ingelezen in {formatCount(report.months)} maanden
        {report.replacedMonths > 0 && `; ${formatCount(report.replacedMonths)} maanden vervangen`}.
      </Paragraph>
      <div className="groenagenda-table-scroll">
        <table className="utrecht-table">
          <caption className="utrecht-table__caption">Ingelezen per begrotingsregel en maand, in euro's</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">Begrotingsregel</th>
              <th scope="col" className="utrecht-table__header-cell">Maand</th>
              <th scope="col" className="utrecht-table__header-cell groenagenda-number">Boekingen</th>
              <th scope="col" className="utrecht-table__header-cell groenagenda-number">Bedrag</th>
              <th scope="col" className="utrecht-table__header-cell">Vervangen</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {report.items.map((month) => (
              <tr key={`${month.budgetLineCode}-${month.year}-${month.month}`} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">{month.budgetLineCode}</th>
                <td className="utrecht-table__cell">{monthLabel(month.month)} {month.year}</td>
                <td className="utrecht-table__cell groenagenda-number">{formatCount(month.bookings)}</td>
                <td className="utrecht-table__cell groenagenda-number">{formatMoney(month.amount)}</td>
                <td className="utrecht-table__cell">{month.replaced ? `ja, was ${formatMoney(month.previousAmount)}` : 'nee'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function RowErrors({ problems }: { problems: InvalidParam[] }) {
  const rows = problems.map(rowProblem);
  return (
    <section aria-labelledby="import-errors">
      <Alert type="error" role="alert">
        <Heading2 id="import-errors">Niets geïmporteerd: {formatCount(rows.length)} {rows.length === 1 ? 'fout' : 'fouten'} in het bestand</Heading2>
        <Paragraph>Verbeter het bestand en importeer het opnieuw. Regel 1 is de eerste regel onder de kopregel.</Paragraph>
      </Alert>
      <div className="groenagenda-table-scroll">
        <table className="utrecht-table">
          <caption className="utrecht-table__caption">Fouten per regel van het bestand</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">Regel</th>
              <th scope="col" className="utrecht-table__header-cell">Kolom</th>
              <th scope="col" className="utrecht-table__header-cell">Fout</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {rows.map((problem, index) => (
              // The same row and column can fail twice for different reasons: the index keeps them apart.
              <tr key={`${index}-${problem.row}-${problem.column}`} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">{problem.row ?? 'Bestand'}</th>
                <td className="utrecht-table__cell">{problem.column}</td>
                <td className="utrecht-table__cell">{problem.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
