import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../components/formatTime';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { markRead, notificationsQuery } from './api';

/** Only same-origin paths are followed from a notification's link. */
function internalLink(link: string | null): string | null {
  return link && link.startsWith('/') && !link.startsWith('//') ? link : null;
}

export function NotificationsPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('notifications.title'));
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useQuery(notificationsQuery(unreadOnly));
  const queryClient = useQueryClient();
  const read = useMutation({
    mutationFn: markRead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });

  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t('notifications.title')}
      </Typography.Title>
      <Flex gap={8} align="center" className="page-toolbar">
        <Switch id="unread-only" checked={unreadOnly} onChange={setUnreadOnly} />
        <label htmlFor="unread-only">{t('notifications.unreadOnly')}</label>
      </Flex>
      {read.isError && <ProblemAlert error={read.error} />}
      {list.isPending ? (
        <PageLoading />
      ) : list.isError ? (
        <ProblemAlert title={t('common.loadFailed')} error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <Empty description={t('notifications.empty')} />
      ) : (
        <Flex vertical gap={12}>
          {list.data.items.map((notification) => {
            const link = internalLink(notification.link);
            return (
              <Card key={notification.id} size="small" className={notification.readAt ? 'notification-read' : undefined}>
                <Flex vertical gap={4}>
                  <Typography.Text strong>{notification.title}</Typography.Text>
                  <Typography.Text>{notification.body}</Typography.Text>
                  <Flex gap={8} align="center" wrap>
                    <Typography.Text type="secondary">
                      {formatDateTime(notification.createdAt, i18n.language)}
                    </Typography.Text>
                    {link && <Link to={link}>{t('notifications.open')}</Link>}
                    {notification.readAt ? (
                      <Tag>{t('notifications.read')}</Tag>
                    ) : (
                      <Button
                        size="small"
                        loading={read.isPending && read.variables === notification.id}
                        onClick={() => read.mutate(notification.id)}
                      >
                        {t('notifications.markRead')}
                      </Button>
                    )}
                  </Flex>
                </Flex>
              </Card>
            );
          })}
        </Flex>
      )}
    </div>
  );
}
