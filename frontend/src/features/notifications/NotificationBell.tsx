import { BellOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Badge, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { unreadNotificationsQuery } from './api';

/** The header's bell: the unread count, polled; a click opens the list. */
export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const unread = useQuery(unreadNotificationsQuery);
  const count = unread.data?.total ?? 0;
  return (
    <Badge count={count} size="small" offset={[-4, 4]}>
      <Button
        type="text"
        icon={<BellOutlined />}
        aria-label={t('notifications.bell', { count })}
        onClick={() => void navigate('/notifications')}
      />
    </Badge>
  );
}
