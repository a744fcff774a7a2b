import type { FormDefinition, FormValues } from '../forms-renderer/types';

/**
 * The evaluation endpoint keeps one score and free-text notes; the filled 附5 form goes into the notes, one
 * line per filled field under its Chinese label (the language of the records), so nothing the branch mentor
 * wrote is lost.
 */
export function evaluationNotes(definition: FormDefinition, values: FormValues): string {
  const lines = [`${definition.title}（${definition.reference ?? definition.id}，第 ${definition.version} 版）`];
  for (const field of definition.fields) {
    const value = values[field.id];
    if (value === undefined || value === null || value === '') continue;
    const shown = field.type === 'CHOICE' || field.type === 'MULTICHOICE'
      ? [value].flat().map((code) => field.options?.find((option) => option.value === code)?.label ?? String(code)).join('、')
      : String(value);
    lines.push(`${field.label}：${shown}`);
  }
  return lines.join('\n');
}

/** The mean of the form's filled score items, with how many of them are filled. */
export function scoreItemsAverage(
  definition: FormDefinition,
  values: FormValues,
): { average: number | null; filled: number; total: number } {
  const items = definition.fields.filter((field) => field.type === 'SCORE');
  const scores = items.map((field) => values[field.id]).filter((value): value is number => typeof value === 'number');
  const average = scores.length === 0 ? null : scores.reduce((sum, score) => sum + score, 0) / scores.length;
  return { average, filled: scores.length, total: items.length };
}
