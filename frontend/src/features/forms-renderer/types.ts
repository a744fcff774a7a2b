/** A form definition as the forms API serves it (`GET /api/v1/form-definitions/{id}`). */

export const FIELD_TYPES = [
  'TEXT',
  'LONGTEXT',
  'NUMBER',
  'SCORE',
  'CHOICE',
  'MULTICHOICE',
  'DATETIME',
  'BOOLEAN',
  'RECORDING_REF',
] as const;

export type FieldType = (typeof FIELD_TYPES)[number];

export interface FormOption {
  value: string;
  label: string;
  labelEn: string;
}

export interface FormField {
  id: string;
  label: string;
  labelEn: string;
  type: FieldType;
  required: boolean;
  maxLength?: number | null;
  min?: number | null;
  max?: number | null;
  options?: FormOption[] | null;
  help?: string | null;
}

export interface FormDefinition {
  id: string;
  version: number;
  title: string;
  titleEn: string;
  reference?: string | null;
  fields: FormField[];
}

/** What a filled form holds: field id → value (string, number, boolean or list of option values). */
export type FormValues = Record<string, unknown>;
