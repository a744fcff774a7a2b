import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { AuthConfig, DevPerson, Me, TokenResponse } from '../../api/types';

/**
 * Query keys under "public" need no sign-in and survive a change of user;
 * everything else is dropped when the user changes.
 */
export const PUBLIC_QUERY_SCOPE = 'public';

export const authConfigQuery = queryOptions({
  queryKey: [PUBLIC_QUERY_SCOPE, 'auth-config'],
  queryFn: ({ signal }) => api.get<AuthConfig>('/api/v1/auth/config', { auth: false, signal }),
  staleTime: Infinity,
});

export const devPeopleQuery = queryOptions({
  queryKey: [PUBLIC_QUERY_SCOPE, 'dev-people'],
  queryFn: ({ signal }) => api.get<DevPerson[]>('/api/v1/dev/people', { auth: false, signal }),
  staleTime: 5 * 60_000,
});

export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: ({ signal }) => api.get<Me>('/api/v1/me', { signal }),
  staleTime: 60_000,
});

export function requestDevToken(personId: string): Promise<TokenResponse> {
  return api.post<TokenResponse>('/api/v1/dev/token', { personId }, { auth: false });
}
