import './forms.css';
import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../components/formatTime';
import { fieldLabel, optionLabel } from './labels';
import type { FormDefinition, FormField, FormValues } from './types';

/** A filled form read-only, field by field in the definition's order, labelled in the reader's language. */
export function FormValuesView({ definition, values }: { definition: FormDefinition; values: FormValues }) {
  const { t, i18n } = useTranslation();
  return (
    <Descriptions
      column={1}
      size="small"
      bordered
      items={definition.fields.map((field) => ({
        key: field.id,
        label: fieldLabel(field, i18n.language),
        children: (
          <span className="form-value">
            {display(field, values[field.id], i18n.language, [t('formsRenderer.yes'), t('formsRenderer.no')]) ?? (
              <Typography.Text type="secondary">{t('formsRenderer.notFilled')}</Typography.Text>
            )}
          </span>
        ),
      }))}
    />
  );
}

function display(field: FormField, value: unknown, language: string, [yes, no]: [string, string]): string | null {
  if (value === undefined || value === null || value === '') return null;
  const option = (code: unknown) => {
    const found = field.options?.find((candidate) => candidate.value === code);
    return found ? optionLabel(found, language) : String(code);
  };
  switch (field.type) {
    case 'CHOICE':
      return option(value);
    case 'MULTICHOICE':
      return Array.isArray(value) ? value.map(option).join('、') : option(value);
    case 'BOOLEAN':
      return value === true ? yes : no;
    case 'DATETIME':
      return typeof value === 'string' ? formatDateTime(value, language) : String(value);
    default:
      return String(value);
  }
}
