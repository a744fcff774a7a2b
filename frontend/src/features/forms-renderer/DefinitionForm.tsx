import './forms.css';
import { Button, Checkbox, Flex, Form, Input, InputNumber, Radio, Select, Switch, type FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../api/client';
import { fieldLabel, optionLabel } from './labels';
import type { FormDefinition, FormField, FormValues } from './types';

/** Up to this many options a choice is shown as radio buttons; more become a drop-down. */
const MAX_RADIO_OPTIONS = 5;

/**
 * The firm's time zone (Asia/Shanghai has no daylight saving): a date-time typed into the form is read in it,
 * as the backend reads call times without an offset.
 */
const FIRM_OFFSET = '+08:00';

export interface DefinitionFormProps {
  definition: FormDefinition;
  /** Values to start from (a draft, a returned version). */
  initialValues?: FormValues;
  /**
   * Called with the definition's values (empty optional fields left out, date-times with the firm's offset)
   * and, separately, the values of any extra fields the caller rendered as children.
   */
  onSubmit: (values: FormValues, extras: Record<string, unknown>) => void;
  submitLabel: string;
  submitting?: boolean;
  /** Field errors from the server; those naming a field of the definition are shown next to it. */
  serverErrors?: FieldError[];
  /** Rendered after the definition's fields: extra Form.Items, an error alert. */
  children?: ReactNode;
  form?: FormInstance;
  disabled?: boolean;
}

/**
 * Renders any form definition of the forms API: one input per field by its type, with the definition's
 * required flags, score ranges and length limits as validation rules. The server checks the same rules again.
 */
export function DefinitionForm({
  definition,
  initialValues,
  onSubmit,
  submitLabel,
  submitting,
  serverErrors,
  children,
  form: givenForm,
  disabled,
}: DefinitionFormProps) {
  const { i18n } = useTranslation();
  const [ownForm] = Form.useForm();
  const form = givenForm ?? ownForm;
  const fieldIds = new Set(definition.fields.map((field) => field.id));

  useEffect(() => {
    const ids = new Set(definition.fields.map((field) => field.id));
    const known = (serverErrors ?? [])
      .map((error) => ({ ...error, field: error.field.replace(/^values\./, '') }))
      .filter((error) => ids.has(error.field));
    if (known.length > 0) {
      form.setFields(known.map((error) => ({ name: error.field, errors: [error.message] })));
    }
  }, [serverErrors, form, definition]);

  return (
    <Form
      form={form}
      layout="vertical"
      requiredMark
      disabled={disabled}
      initialValues={toFormValues(definition, initialValues ?? {})}
      onFinish={(raw: Record<string, unknown>) => {
        const extras = Object.fromEntries(Object.entries(raw).filter(([key]) => !fieldIds.has(key)));
        onSubmit(fromFormValues(definition, raw), extras);
      }}
    >
      {definition.fields.map((field) => (
        <DefinitionField key={field.id} field={field} language={i18n.language} />
      ))}
      {children}
      <Flex justify="end" className="form-actions">
        <Button type="primary" htmlType="submit" loading={submitting}>
          {submitLabel}
        </Button>
      </Flex>
    </Form>
  );
}

function DefinitionField({ field, language }: { field: FormField; language: string }) {
  const { t } = useTranslation();
  const label = fieldLabel(field, language);
  const rules: Rule[] = [];
  if (field.required) {
    const message = t('formsRenderer.required', { field: label });
    if (field.type === 'MULTICHOICE') rules.push({ required: true, type: 'array', min: 1, message });
    else if (field.type === 'BOOLEAN') rules.push({ required: true, type: 'boolean', message });
    else if (field.type === 'SCORE' || field.type === 'NUMBER') rules.push({ required: true, type: 'number', message });
    else rules.push({ required: true, whitespace: true, message });
  }
  if (field.maxLength) {
    rules.push({ max: field.maxLength, message: t('formsRenderer.tooLong', { field: label, max: field.maxLength }) });
  }
  if (field.type === 'SCORE' && field.min != null && field.max != null) {
    rules.push({
      type: 'number',
      min: field.min,
      max: field.max,
      message: t('formsRenderer.outOfRange', { field: label, min: field.min, max: field.max }),
    });
  }

  return (
    <Form.Item
      name={field.id}
      label={label}
      rules={rules}
      extra={field.help ?? undefined}
      valuePropName={field.type === 'BOOLEAN' ? 'checked' : 'value'}
    >
      {input(field, label, language)}
    </Form.Item>
  );
}

function input(field: FormField, label: string, language: string): ReactNode {
  const options = (field.options ?? []).map((option) => ({ value: option.value, label: optionLabel(option, language) }));
  switch (field.type) {
    case 'LONGTEXT':
      return <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} maxLength={field.maxLength ?? undefined} showCount={Boolean(field.maxLength)} />;
    case 'NUMBER':
      return <InputNumber style={{ width: '100%' }} />;
    case 'SCORE':
      return (
        <InputNumber
          min={field.min ?? undefined}
          max={field.max ?? undefined}
          style={{ width: 160 }}
          aria-description={field.min != null && field.max != null ? `${field.min}–${field.max}` : undefined}
        />
      );
    case 'CHOICE':
      return options.length <= MAX_RADIO_OPTIONS ? (
        <Radio.Group aria-label={label} options={options} />
      ) : (
        <Select aria-label={label} options={options} allowClear={!field.required} />
      );
    case 'MULTICHOICE':
      return <Checkbox.Group aria-label={label} options={options} />;
    case 'DATETIME':
      return <Input type="datetime-local" />;
    case 'BOOLEAN':
      return <Switch aria-label={label} />;
    case 'TEXT':
    case 'RECORDING_REF':
    default:
      return <Input maxLength={field.maxLength ?? undefined} />;
  }
}

/** Stored values → what the inputs hold (a date-time input shows local wall-clock time without an offset). */
function toFormValues(definition: FormDefinition, values: FormValues): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const field of definition.fields) {
    const value = values[field.id];
    if (value === undefined || value === null) continue;
    result[field.id] = field.type === 'DATETIME' && typeof value === 'string' ? toLocalDateTime(value) : value;
  }
  return result;
}

/** What the inputs hold → the values the API takes; empty optional fields are left out. */
export function fromFormValues(definition: FormDefinition, raw: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const field of definition.fields) {
    let value = raw[field.id];
    if (typeof value === 'string') value = value.trim();
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) {
      if (field.type === 'BOOLEAN') values[field.id] = false;
      continue;
    }
    values[field.id] = field.type === 'DATETIME' && typeof value === 'string' ? withFirmOffset(value) : value;
  }
  return values;
}

function withFirmOffset(local: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local) ? `${local}:00${FIRM_OFFSET}` : local;
}

function toLocalDateTime(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2}(\.\d+)?)?\+08:00$/.exec(iso);
  return match ? match[1] : iso;
}
