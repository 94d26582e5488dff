import type { FormEvent } from 'react';
import { Button } from '@utrecht/component-library-react';
import { csrfToken } from '../api/http';

/**
 * The gateway's logout: a form POST (it ends in a redirect through Keycloak's end-session endpoint,
 * which fetch could not follow) carrying the CSRF token as _csrf. The token is read at submit time:
 * the cookie may have been renewed since the page was drawn.
 */
export function LogoutForm() {
  function fillToken(event: FormEvent<HTMLFormElement>) {
    const field = event.currentTarget.elements.namedItem('_csrf');
    if (field instanceof HTMLInputElement) {
      field.value = csrfToken();
    }
  }

  return (
    <form method="post" action="/logout" onSubmit={fillToken} className="groenagenda-logout">
      <input type="hidden" name="_csrf" defaultValue="" />
      <Button type="submit" appearance="secondary-action-button">
        Afmelden
      </Button>
    </form>
  );
}
