import type { ApiError, InvalidParam } from '../api/http';
import { problemMessage } from '../common/messages';

export type FieldErrors = Record<string, string>;

/**
 * The server's invalidParams next to the fields they name. `fieldOf` maps an API name (e.g.
 * `districts[2]`) to the form's field, or undefined for a name no field shows: those come back as
 * `other`, to be shown above the form.
 */
export function errorsFromProblem(
  params: InvalidParam[] | undefined,
  fieldOf: (name: string) => string | undefined,
): { fields: FieldErrors; other: string[] } {
  const fields: FieldErrors = {};
  const other: string[] = [];
  for (const param of params ?? []) {
    const field = fieldOf(param.name);
    if (field) {
      fields[field] = fields[field] ? `${fields[field]} ${param.reason}` : param.reason;
    } else {
      other.push(`${param.name}: ${param.reason}`);
    }
  }
  return { fields, other };
}

/** A Dutch sentence for a failed write; problemMessage speaks of loading, which a write is not. */
export function writeFailure(error: ApiError, what: string): string {
  switch (error.status) {
    case 403:
      // The services say which rule refused (e.g. only one's own department); the generic line does not.
      return error.problem?.detail ?? problemMessage(error, what);
    case 0:
    case 502:
    case 503:
    case 504:
      return problemMessage(error, what);
    case 412:
      return 'Een ander heeft het agendapunt intussen gewijzigd. Open het opnieuw, neem de wijzigingen over en sla dan op.';
    default:
      return error.problem?.detail ?? `${what} is mislukt (fout ${error.status}). Probeer het opnieuw.`;
  }
}
