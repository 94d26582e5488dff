import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError } from '../api/http';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { fetchCouncilReport, fetchThemes, reportQuery, type CouncilReport, type ReportFilters } from '../api/reports';
import { ErrorAlert, Loading } from '../common/Feedback';
import { STATUS_LABELS } from '../common/labels';
import { PageHeading } from '../common/PageHeading';
import { useApi, type ApiState } from '../common/useApi';
import { departmentLabel } from '../session/roles';
import { ReportDownloads } from './ReportDownloads';
import { ReportFilterForm, type FilterOption, type FilterOptions } from './ReportFilterForm';
import { ReportPreview } from './ReportPreview';
import { errorsFromProblem, filtersFromUrl, NO_FILTERS, type FilterErrors } from './reportFilters';
import './reports.css';

const NO_ERRORS: { fields: FilterErrors; other: string[] } = { fields: {}, other: [] };

/**
 * The districts and departments that the caller's unfiltered report holds: the values that can select
 * anything: the report is already scoped to what the caller may see, so no option selects nothing.
 */
export function optionsFrom(unfiltered: CouncilReport): Pick<FilterOptions, 'districts' | 'departments'> {
  const districts = new Set<string>();
  const departments = new Set<string>();
  for (const row of unfiltered.rows) {
    row.districts.forEach((district) => districts.add(district));
    departments.add(row.department);
  }
  const byLabel = (a: FilterOption, b: FilterOption) => a.label.localeCompare(b.label, 'nl');
  return {
    districts: [...districts].map((name) => ({ value: name, label: name })).sort(byLabel),
    departments: [...departments].map((code) => ({ value: code, label: departmentLabel(code) })).sort(byLabel),
  };
}

const STATUS_OPTIONS: FilterOption[] = Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label }));

function useFilterOptions(unfiltered: ApiState<CouncilReport>): ApiState<FilterOptions> {
  // A refusal (a role that may not read the themes) only means the form offers no theme filter.
  const themes = useApi((signal) => fetchThemes(signal).catch((error: unknown) => {
    if (error instanceof ApiError && error.status === 403) return undefined;
    throw error;
  }), []);
  if (unfiltered.state !== 'loaded') return unfiltered;
  if (themes.state !== 'loaded') return themes;
  return {
    state: 'loaded',
    data: {
      themes: themes.data?.map((theme) => ({ value: theme.code, label: theme.name })),
      statuses: STATUS_OPTIONS,
      ...optionsFrom(unfiltered.data),
    },
  };
}

const LOADING: ApiState<never> = { state: 'loading' };

/** The undefined that a skipped read left until its next read starts counts as loading. */
function withoutSkipped<T>(state: ApiState<T | undefined>): ApiState<T> {
  return state.state === 'loaded' && state.data === undefined ? LOADING : (state as ApiState<T>);
}

/** /rapportages: the council's exports of the agenda, with a preview of what the files will hold. */
export function ReportsPage() {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  // Memoised on the query string: the form resets its fields only when the applied filters really change.
  const applied = useMemo(() => filtersFromUrl(new URLSearchParams(search)), [search]);
  // The unfiltered report gives the filters their options and, while no filter applies, is the overview too.
  const unfiltered = useApi((signal) => fetchCouncilReport(NO_FILTERS, signal), []);
  const options = useFilterOptions(unfiltered);
  const isUnfiltered = reportQuery(applied).toString() === '';
  const filtered = useApi(
    (signal) => (isUnfiltered ? Promise.resolve(undefined) : fetchCouncilReport(applied, signal)),
    [applied],
  );
  const report = isUnfiltered ? unfiltered : withoutSkipped(filtered);
  const refused = useMemo(
    () => (report.state === 'failed' && report.error.status === 400 && report.error.problem?.invalidParams?.length
      ? errorsFromProblem(report.error.problem.invalidParams)
      : NO_ERRORS),
    [report],
  );

  function apply(filters: ReportFilters) {
    setParams(reportQuery(filters));
  }

  return (
    <>
      <PageHeading>Rapportages</PageHeading>
      <Paragraph>
        Het overzicht van de uitvoeringsagenda voor de raad: alle agendapunten met hun kosten per jaar. Kies een
        selectie, bekijk de totalen en download het bestand in het formaat dat u nodig heeft.
      </Paragraph>
      <div className="groenagenda-card groenagenda-report-section">
        {options.state === 'loading' && <Loading what="De filters" plural />}
        {options.state === 'failed' && <ErrorAlert error={options.error} what="De filters" />}
        {options.state === 'loaded' && (
          <ReportFilterForm
            applied={applied}
            options={options.data}
            serverErrors={refused.fields}
            serverMessages={refused.other}
            onApply={apply}
          />
        )}
      </div>
      <section aria-labelledby="rapportage-overzicht" className="groenagenda-report-section">
        <Heading2 id="rapportage-overzicht">Overzicht</Heading2>
        <div aria-live="polite" aria-busy={report.state === 'loading'}>
          {report.state === 'loading' && <Loading what="Het overzicht" />}
          {report.state === 'failed' && refused === NO_ERRORS && <ErrorAlert error={report.error} what="Het overzicht" />}
          {report.state === 'failed' && refused !== NO_ERRORS && (
            <Paragraph>Er is geen overzicht: de selectie bevat fouten, zie hierboven.</Paragraph>
          )}
          {report.state === 'loaded' && <ReportPreview report={report.data} />}
        </div>
      </section>
      {report.state === 'loaded' && (
        <section aria-labelledby="rapportage-downloaden" className="groenagenda-report-section">
          <Heading2 id="rapportage-downloaden">Downloaden</Heading2>
          <ReportDownloads key={search} filters={applied} />
        </section>
      )}
    </>
  );
}
