import { useQuery } from '@tanstack/react-query';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formDefinitionQuery } from '../forms-renderer/api';
import { formTitle } from '../forms-renderer/labels';
import { currentValues, SOURCES, type FiledForm, type Source } from './api';

/** A filed form's title from its definition version, and for a post-call analysis whose call it analyses. */
export function FormName({ form }: { form: FiledForm }) {
  const { t, i18n } = useTranslation();
  const definition = useQuery(formDefinitionQuery(form.definitionId, form.definitionVersion));
  const source = currentValues(form).source;
  return (
    <>
      {definition.data ? formTitle(definition.data, i18n.language) : form.definitionId}
      {(SOURCES as readonly unknown[]).includes(source) && (
        <Tag className="inline-tag">{t(`traineeForms.source.${source as Source}`)}</Tag>
      )}
    </>
  );
}
