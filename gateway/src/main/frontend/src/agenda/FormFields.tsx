import type { ReactNode } from 'react';
import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Select,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { fieldId } from './ErrorSummary';

// The agenda forms' labelled controls: each with its hint and error, tied to it by aria-describedby.

function describedBy(id: string, error: string | undefined, hint: string | undefined): string | undefined {
  return [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
}

interface TextFieldProps {
  field: string;
  label: string;
  value: string;
  error: string | undefined;
  hint?: string;
  multiline?: boolean;
  /** Height of a multiline field. */
  rows?: number;
  type?: 'text' | 'date';
  maxLength?: number;
  required?: boolean;
  onChange: (value: string) => void;
}

export function TextField({ field, label, value, error, hint, multiline, rows = 4, type = 'text', maxLength, required, onChange }: TextFieldProps) {
  const id = fieldId(field);
  const common = {
    id,
    value,
    invalid: Boolean(error),
    required,
    'aria-describedby': describedBy(id, error, hint),
  };
  return (
    <FormField
      invalid={Boolean(error)}
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      description={hint && <FormFieldDescription id={`${id}-hint`}>{hint}</FormFieldDescription>}
      errorMessage={error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
      input={multiline
        ? <Textarea {...common} rows={rows} onChange={(event) => onChange(event.target.value)} />
        : <Textbox {...common} type={type} maxLength={maxLength} onChange={(event) => onChange(event.target.value)} />}
    />
  );
}

interface SelectFieldProps {
  field: string;
  label: string;
  value: string;
  error: string | undefined;
  hint?: string;
  children: ReactNode;
  onChange: (value: string) => void;
}

export function SelectField({ field, label, value, error, hint, children, onChange }: SelectFieldProps) {
  const id = fieldId(field);
  return (
    <FormField
      invalid={Boolean(error)}
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      description={hint && <FormFieldDescription id={`${id}-hint`}>{hint}</FormFieldDescription>}
      errorMessage={error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
      input={(
        <Select id={id} value={value} invalid={Boolean(error)} aria-describedby={describedBy(id, error, hint)}
          onChange={(event) => onChange(event.target.value)}>
          {children}
        </Select>
      )}
    />
  );
}

interface CheckboxGroupProps {
  field: string;
  legend: string;
  options: { value: string; label: string }[];
  checked: string[];
  error: string | undefined;
  columns?: boolean;
  onChange: (checked: string[]) => void;
}

export function CheckboxGroup({ field, legend, options, checked, error, columns, onChange }: CheckboxGroupProps) {
  const id = fieldId(field);
  return (
    <Fieldset invalid={Boolean(error)} aria-describedby={error ? `${id}-error` : undefined}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
      <div className={columns ? 'groenagenda-agenda-form__columns' : undefined}>
        {options.map((option, index) => {
          // The first box carries the group's id, so that the error summary can move focus to it.
          const optionId = index === 0 ? id : `${id}-${index}`;
          return (
            <FormField
              type="checkbox"
              key={option.value}
              input={(
                <Checkbox
                  id={optionId}
                  checked={checked.includes(option.value)}
                  invalid={Boolean(error)}
                  onChange={(event) => onChange(event.target.checked
                    ? options.map((candidate) => candidate.value).filter((value) => value === option.value || checked.includes(value))
                    : checked.filter((value) => value !== option.value))}
                />
              )}
              label={<FormLabel type="checkbox" htmlFor={optionId}>{option.label}</FormLabel>}
            />
          );
        })}
      </div>
    </Fieldset>
  );
}
