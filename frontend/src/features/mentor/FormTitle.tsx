import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formDefinitionQuery } from '../forms-renderer/api';
import { formTitle } from '../forms-renderer/labels';

/** A form's title from its definition; the id until the definition has loaded (or if it cannot). */
export function FormTitle({ id, version }: { id: string; version: number }) {
  const { i18n } = useTranslation();
  const definition = useQuery(formDefinitionQuery(id, version));
  return <>{definition.data ? formTitle(definition.data, i18n.language) : id}</>;
}
