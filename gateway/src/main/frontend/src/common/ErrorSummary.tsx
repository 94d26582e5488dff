import { forwardRef, type MouseEvent } from 'react';
import { Alert, Paragraph } from '@utrecht/component-library-react';

export interface SummaryItem {
  /** The id of the control the message is about; the link moves focus there. */
  field?: string;
  message: string;
}

/**
 * Every problem of a form at once, above it, each linked to its field (WCAG 3.3.1). Focusable
 * (tabIndex -1) so that a form moves focus here after a refused submit and a screen reader reads it.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, { items: SummaryItem[]; title?: string }>(
  function ErrorSummary({ items, title = 'Controleer de invoer' }, ref) {
    if (items.length === 0) return null;
    return (
      <div ref={ref} tabIndex={-1} className="groenagenda-error-summary">
        <Alert type="error" role="alert">
          <Paragraph><strong>{title}:</strong></Paragraph>
          <ul className="utrecht-unordered-list">
            {items.map((item) => (
              <li className="utrecht-unordered-list__item" key={`${item.field ?? ''}${item.message}`}>
                {item.field
                  ? <a className="utrecht-link" href={`#${item.field}`} onClick={(event) => focusField(event, item.field!)}>{item.message}</a>
                  : item.message}
              </li>
            ))}
          </ul>
        </Alert>
      </div>
    );
  },
);

/** A hash link would scroll but not focus the field in every browser, and it would change the URL. */
function focusField(event: MouseEvent, field: string) {
  const target = document.getElementById(field);
  if (!target) return;
  event.preventDefault();
  target.focus();
}
