import type { FormDefinition, FormField, FormOption } from './types';

/** Definitions carry both languages; Chinese is the source, English the translation. */
function english(language: string): boolean {
  return language.toLowerCase().startsWith('en');
}

export function fieldLabel(field: FormField, language: string): string {
  return english(language) ? field.labelEn : field.label;
}

export function optionLabel(option: FormOption, language: string): string {
  return english(language) ? option.labelEn : option.label;
}

export function formTitle(definition: FormDefinition, language: string): string {
  const title = english(language) ? definition.titleEn : definition.title;
  return definition.reference ? `${title}（${definition.reference}）` : title;
}
