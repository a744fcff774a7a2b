import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { FormDefinition } from './types';

/** One version of a definition, or the newest when no version is given. Definitions never change once published. */
export const formDefinitionQuery = (id: string, version?: number) =>
  queryOptions({
    queryKey: ['form-definition', id, version ?? 'latest'],
    queryFn: ({ signal }) =>
      api.get<FormDefinition>(
        `/api/v1/form-definitions/${encodeURIComponent(id)}${version === undefined ? '' : `/versions/${version}`}`,
        { signal },
      ),
    staleTime: version === undefined ? 5 * 60_000 : Infinity,
  });
