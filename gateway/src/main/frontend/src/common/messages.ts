import type { ApiError } from '../api/http';

/**
 * A Dutch sentence for a failed call. The services already write Dutch details in their
 * problem+json; a generic sentence per status covers answers without one (a proxy, a timeout).
 */
export function problemMessage(error: ApiError, what: string): string {
  switch (error.status) {
    case 0:
      return `${what} kon niet worden geladen: de Groenagenda is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.`;
    case 401:
      return 'Uw sessie is verlopen. U wordt doorgestuurd naar de aanmeldpagina.';
    case 403:
      return `U heeft geen toegang tot ${what.toLowerCase()}.`;
    case 404:
      return error.problem?.detail ?? `${what} bestaat niet (meer).`;
    case 409:
      return error.problem?.detail ?? 'Het gegeven is intussen door een ander gewijzigd. Laad de pagina opnieuw.';
    case 502:
    case 503:
    case 504:
      return `${what} is op dit moment niet beschikbaar. Probeer het later opnieuw.`;
    default:
      return error.problem?.detail ?? `${what} kon niet worden geladen (fout ${error.status}).`;
  }
}
