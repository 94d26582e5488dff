import { forwardRef, type ComponentProps, type ReactNode } from 'react';
import {
  Alert,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';

export interface SummaryItem {
  /** The id of the input the message is about; focused from the summary. */
  field?: string;
  message: string;
}

/**
 * Every problem of a form at once, above it: each links to its field, so that a keyboard user gets
 * there in one step. Focusable (tabIndex -1) so the form can move focus here after a failed submit.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, { items: SummaryItem[]; title?: string }>(
  function ErrorSummary({ items, title = 'Controleer de volgende punten' }, ref) {
    if (items.length === 0) return null;
    return (
      <div ref={ref} tabIndex={-1} className="groenagenda-budget-summary">
        <Alert type="error" role="alert">
          <Paragraph><strong>{title}</strong></Paragraph>
          <ul>
            {items.map((item) => (
              <li key={`${item.field ?? ''}${item.message}`}>
                {item.field ? (
                  <a
                    className="utrecht-link"
                    href={`#${item.field}`}
                    onClick={(event) => {
                      event.preventDefault();
                      document.getElementById(item.field as string)?.focus();
                    }}
                  >
                    {item.message}
                  </a>
                ) : item.message}
              </li>
            ))}
          </ul>
        </Alert>
      </div>
    );
  },
);

interface FieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

/** A labelled text input with its hint and its error, wired up for assistive technology. */
export function TextField({ id, label, hint, error, ...input }: FieldProps & Omit<ComponentProps<typeof Textbox>, 'id'>) {
  return (
    <FormField invalid={Boolean(error)}>
      <FormLabel htmlFor={id}>{label}</FormLabel>
      {hint && <FormFieldDescription id={`${id}-hint`}>{hint}</FormFieldDescription>}
      {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
      <Textbox id={id} invalid={Boolean(error)} aria-describedby={describedBy(id, hint, error)} {...input} />
    </FormField>
  );
}

export function TextAreaField({ id, label, hint, error, ...input }: FieldProps & Omit<ComponentProps<typeof Textarea>, 'id'>) {
  return (
    <FormField invalid={Boolean(error)}>
      <FormLabel htmlFor={id}>{label}</FormLabel>
      {hint && <FormFieldDescription id={`${id}-hint`}>{hint}</FormFieldDescription>}
      {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
      <Textarea id={id} invalid={Boolean(error)} aria-describedby={describedBy(id, hint, error)} rows={3} {...input} />
    </FormField>
  );
}
