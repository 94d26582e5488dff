import { type ComponentProps, type ReactNode } from 'react';
import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
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

/**
 * A fieldset of radio buttons, one per option, with its error. The buttons' ids are `${name}-${option}`,
 * so an error summary can link to the first one.
 */
export function RadioGroupField<Option extends string>({ legend, name, options, value, error, onChange }: {
  legend: string;
  name: string;
  options: Record<Option, string>;
  value: string;
  error?: string;
  onChange: (value: Option) => void;
}) {
  return (
    <Fieldset invalid={Boolean(error)} aria-describedby={error ? `${name}-error` : undefined}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {error && <FormFieldErrorMessage id={`${name}-error`}>{error}</FormFieldErrorMessage>}
      {(Object.entries(options) as [Option, string][]).map(([option, label]) => (
        <FormField type="radio" key={option}>
          <RadioButton
            id={`${name}-${option}`}
            name={name}
            value={option}
            checked={value === option}
            invalid={Boolean(error)}
            onChange={() => onChange(option)}
          />
          <FormLabel htmlFor={`${name}-${option}`} type="radio">{label}</FormLabel>
        </FormField>
      ))}
    </Fieldset>
  );
}
