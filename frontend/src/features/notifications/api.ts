import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { AppNotification, PageOf } from '../../api/types';

/**
 * Polled, not streamed: the server also offers SSE at /api/v1/notifications/stream, but the browser's
 * EventSource cannot send the Authorization: Bearer header, so the bell asks every 30 seconds instead.
 */
export const NOTIFICATION_POLL_MS = 30_000;

export const unreadNotificationsQuery = queryOptions({
  queryKey: ['notifications', 'unread'],
  queryFn: ({ signal }) => api.get<PageOf<AppNotification>>('/api/v1/notifications?unread=true', { signal }),
  refetchInterval: NOTIFICATION_POLL_MS,
});

export const notificationsQuery = (unreadOnly: boolean) =>
  queryOptions({
    queryKey: ['notifications', unreadOnly ? 'unread' : 'all'],
    queryFn: ({ signal }) =>
      api.get<PageOf<AppNotification>>(`/api/v1/notifications${unreadOnly ? '?unread=true' : ''}`, { signal }),
    refetchInterval: NOTIFICATION_POLL_MS,
  });

export function markRead(id: string): Promise<AppNotification> {
  return api.post<AppNotification>(`/api/v1/notifications/${encodeURIComponent(id)}/read`);
}
