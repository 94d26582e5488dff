import { type ComponentProps, type ReactNode } from 'react';
import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';

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
