import { forwardRef, type MouseEvent } from 'react';
import { Alert, Paragraph } from '@utrecht/component-library-react';

export interface SummaryEntry {
  /** The id of the field the message is about; the link moves focus there. */
  fieldId?: string;
  message: string;
}

/**
 * Every problem of a form at once, above it, each linked to its field (WCAG 3.3.1). Focused after a
 * refused submit so that a keyboard or screen reader user hears what to fix.
 */
export const FormErrorSummary = forwardRef<HTMLDivElement, { entries: SummaryEntry[] }>(function FormErrorSummary({ entries }, ref) {
  if (entries.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} className="groenagenda-error-summary">
      <Alert type="error" role="alert">
        <Paragraph><strong>Controleer de invoer:</strong></Paragraph>
        <ul>
          {entries.map((entry) => (
            <li key={`${entry.fieldId ?? ''}${entry.message}`}>
              {entry.fieldId
                ? <a className="utrecht-link" href={`#${entry.fieldId}`} onClick={(event) => focusField(event, entry.fieldId!)}>{entry.message}</a>
                : entry.message}
            </li>
          ))}
        </ul>
      </Alert>
    </div>
  );
});

/** A hash link would also scroll, but not focus a field in every browser; and it would change the URL. */
function focusField(event: MouseEvent, fieldId: string) {
  event.preventDefault();
  document.getElementById(fieldId)?.focus();
}
