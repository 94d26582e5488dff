import { forwardRef, useRef, useState } from 'react';
import { ErrorSummary as Summary } from '../common/ErrorSummary';
import type { FieldErrors } from './problems';

interface Props {
  errors: FieldErrors;
  /** Label of each field, by its key; the key also names the id of its control (fieldId). */
  labels: Record<string, string>;
  other: string[];
}

/** The agenda forms' errors, keyed by the API's field names, as the app's error summary. */
export const ErrorSummary = forwardRef<HTMLDivElement, Props>(function ErrorSummary({ errors, labels, other }, ref) {
  const items = [
    ...Object.entries(errors).map(([field, message]) => ({ field: fieldId(field), message: `${labels[field] ?? field}: ${message}` })),
    ...other.map((message) => ({ message })),
  ];
  return <Summary ref={ref} items={items} />;
});

/** Ids may not hold brackets or dots in a CSS selector; the same mapping names each control. */
export function fieldId(field: string): string {
  return `agenda-${field.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

/**
 * A form's errors by field and those no field shows; showErrors sets both and moves focus to the
 * summary (after the render that shows it).
 */
export function useFormErrors() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [other, setOther] = useState<string[]>([]);
  const summary = useRef<HTMLDivElement>(null);
  function showErrors(fields: FieldErrors, general: string[]) {
    setErrors(fields);
    setOther(general);
    queueMicrotask(() => summary.current?.focus());
  }
  return { errors, setErrors, other, summary, showErrors };
}
