import type { FormDefinition, FormValues } from '../forms-renderer/types';

/**
 * The mean of the form's filled score items, with how many of them are filled, rounded half up to two
 * decimals as the shadowing module rounds the recorded score (`EvaluationScore`). Only a preview: the
 * server computes the score it records.
 */
export function scoreItemsAverage(
  definition: FormDefinition,
  values: FormValues,
): { average: number | null; filled: number; total: number } {
  const items = definition.fields.filter((field) => field.type === 'SCORE');
  const scores = items.map((field) => values[field.id]).filter((value): value is number => typeof value === 'number');
  if (scores.length === 0) return { average: null, filled: 0, total: items.length };
  const sum = scores.reduce((total, score) => total + score, 0);
  // Work in hundredths on integers where possible so 87.455 does not become 87.45 through binary rounding.
  const average = Math.round((sum * 100) / scores.length + 1e-9) / 100;
  return { average, filled: scores.length, total: items.length };
}
