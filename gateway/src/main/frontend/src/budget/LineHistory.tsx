import { useState } from 'react';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { fetchLineHistory, type AuditEntry } from '../api/budget';
import { ErrorAlert, Loading } from '../common/Feedback';
import { useApi } from '../common/useApi';
import { formatDateTime, formatMoney } from '../format/nl';
import { CYCLE_STATUS_LABELS, YEAR_STATUS_LABELS } from './labels';

/** The stored columns that matter to a reader, in Dutch; the rest (keys, ids) say nothing new. */
const COLUMN_LABELS: Record<string, string> = {
  name: 'naam',
  description: 'omschrijving',
  taakveld_code: 'taakveld',
  department: 'afdeling',
  expenses_structural: 'structurele lasten',
  expenses_one_off: 'incidentele lasten',
  status: 'status',
  kaderbrief_year: 'Kaderbrief',
  staff_hours_per_week: 'uren per week',
  reserved: 'gereserveerd',
  realised: 'gerealiseerd',
  amount: 'bedrag',
  structural: 'structurele baten',
  one_off: 'incidentele baten',
  party: 'partij',
  depreciation_method: 'afschrijvingsmethode',
  term_years: 'looptijd',
  interest_rate: 'rente',
};
const MONEY = new Set(['expenses_structural', 'expenses_one_off', 'reserved', 'realised', 'amount', 'structural', 'one_off']);

const ENTITY_LABELS: Record<string, string> = {
  budget_line: 'Regel',
  budget_year: 'Jaar',
  budget_income: 'Baten',
  reservation: 'Reservering',
};

const ACTION_LABELS: Record<string, string> = {
  INSERT: 'aangemaakt',
  UPDATE: 'gewijzigd',
  DELETE: 'verwijderd',
};

function show(column: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '-';
  if (MONEY.has(column) && typeof value === 'number') return formatMoney(value);
  if (column === 'status' && typeof value === 'string') {
    return (YEAR_STATUS_LABELS as Record<string, string>)[value] ?? (CYCLE_STATUS_LABELS as Record<string, string>)[value] ?? value;
  }
  return String(value);
}

/** "structurele lasten € 100.000 → € 125.000" for every column that changed (or was set, on creation). */
export function describeChange(entry: AuditEntry): string[] {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  return Object.keys(COLUMN_LABELS)
    .filter((column) => column in before || column in after)
    .filter((column) => JSON.stringify(before[column] ?? null) !== JSON.stringify(after[column] ?? null))
    .map((column) => (entry.before && entry.after
      ? `${COLUMN_LABELS[column]} ${show(column, before[column])} → ${show(column, after[column])}`
      : `${COLUMN_LABELS[column]} ${show(column, entry.after ? after[column] : before[column])}`));
}

function subject(entry: AuditEntry): string {
  const what = ENTITY_LABELS[entry.entityType] ?? entry.entityType;
  const year = entry.entityType === 'budget_year' || entry.entityType === 'budget_income' ? ` ${entry.entityId.split('/')[1] ?? ''}` : '';
  return `${what}${year} ${ACTION_LABELS[entry.action] ?? entry.action.toLowerCase()}`;
}

/** The newest changes first; the rest (years of seeding, for instance) on request. */
const FIRST_SHOWN = 10;

export function LineHistory({ code, version }: { code: string; version: number }) {
  const history = useApi((signal) => fetchLineHistory(code, signal), [code, version]);
  const [all, setAll] = useState(false);
  const entries = history.state === 'loaded' ? [...history.data.items].reverse() : [];
  const shown = all ? entries : entries.slice(0, FIRST_SHOWN);
  return (
    <section aria-labelledby="line-history">
      <Heading2 id="line-history">Geschiedenis</Heading2>
      {history.state === 'loading' && <Loading what="De geschiedenis" />}
      {history.state === 'failed' && <ErrorAlert error={history.error} what="De geschiedenis" />}
      {history.state === 'loaded' && history.data.items.length === 0 && <Paragraph>Er is nog niets gewijzigd.</Paragraph>}
      {history.state === 'loaded' && history.data.items.length > 0 && (
        <div className="groenagenda-table-scroll">
          <table className="utrecht-table">
            <caption className="utrecht-table__caption">
              Wijzigingen, de nieuwste eerst{shown.length < entries.length && ` (${shown.length} van ${entries.length})`}
            </caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Wanneer</th>
                <th scope="col" className="utrecht-table__header-cell">Wie</th>
                <th scope="col" className="utrecht-table__header-cell">Wat</th>
                <th scope="col" className="utrecht-table__header-cell">Waarom</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {shown.map((entry) => (
                <tr key={entry.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell">{formatDateTime(entry.at)}</td>
                  <td className="utrecht-table__cell">{entry.actor}</td>
                  <td className="utrecht-table__cell">
                    {subject(entry)}
                    <Changes entry={entry} />
                  </td>
                  <td className="utrecht-table__cell">{entry.reason ?? '-'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {shown.length < entries.length && (
            <Button appearance="secondary-action-button" onClick={() => setAll(true)}>
              Alle {entries.length} wijzigingen tonen
            </Button>
          )}
        </div>
      )}
    </section>
  );
}

function Changes({ entry }: { entry: AuditEntry }) {
  const changes = describeChange(entry);
  if (changes.length === 0) return null;
  return (
    <ul className="groenagenda-budget-changes">
      {changes.map((change) => <li key={change}>{change}</li>)}
    </ul>
  );
}
