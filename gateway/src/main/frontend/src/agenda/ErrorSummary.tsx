import { forwardRef, type MouseEvent } from 'react';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { FieldErrors } from './problems';

interface Props {
  errors: FieldErrors;
  /** Label of each field, by its key; the key is also the id of its control. */
  labels: Record<string, string>;
  other: string[];
}

/**
 * Every problem at once above the form, each linking to its field; focused after a failed send so
 * that a screen reader reads it and a keyboard user can jump to the field.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, Props>(function ErrorSummary({ errors, labels, other }, ref) {
  const fields = Object.entries(errors);
  if (fields.length === 0 && other.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} className="groenagenda-error-summary">
      <Alert type="error" role="alert">
        <Paragraph><strong>Controleer het formulier:</strong></Paragraph>
        <ul className="utrecht-unordered-list">
          {fields.map(([field, message]) => (
            <li className="utrecht-unordered-list__item" key={field}>
              <a className="utrecht-link" href={`#${fieldId(field)}`} onClick={(event) => focusField(event, field)}>{labels[field] ?? field}</a>: {message}
            </li>
          ))}
          {other.map((message) => (
            <li className="utrecht-unordered-list__item" key={message}>{message}</li>
          ))}
        </ul>
      </Alert>
    </div>
  );
});

/** The field itself gets focus, not only the scroll position, so that typing can start. */
function focusField(event: MouseEvent<HTMLAnchorElement>, field: string) {
  const target = document.getElementById(fieldId(field));
  if (!target) return;
  event.preventDefault();
  target.focus();
}

/** Ids may not hold brackets or dots in a CSS selector; the same mapping names each control. */
export function fieldId(field: string): string {
  return `agenda-${field.replace(/[^A-Za-z0-9]+/g, '-')}`;
}
