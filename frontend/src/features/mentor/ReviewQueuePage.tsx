import { useQuery } from '@tanstack/react-query';
import { Button, Drawer, Empty, Grid, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../components/formatDate';
import { formatDateTime } from '../../components/formatTime';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { meQuery } from '../auth/api';
import { FormTitle } from './FormTitle';
import { reviewQueueQuery, type FiledForm } from './api';
import { menteeNames } from './names';
import { ReviewPanel } from './ReviewPanel';

/** The submitted forms of my current mentees, oldest first; each opens for accept / return. */
export function ReviewQueuePage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('mentor.review.title'));
  const me = useQuery(meQuery);
  const queue = useQuery(reviewQueueQuery);
  const [open, setOpen] = useState<FiledForm | null>(null);
  const screens = Grid.useBreakpoint();
  const names = menteeNames(me.data);
  const nameOf = (traineeId: string) => names.get(traineeId) ?? traineeId;

  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t('mentor.review.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('mentor.review.intro')}</Typography.Paragraph>
      {queue.isError ? (
        <ProblemAlert title={t('common.loadFailed')} error={queue.error} onRetry={() => void queue.refetch()} />
      ) : (
        <Table<FiledForm>
          rowKey="id"
          loading={queue.isPending}
          dataSource={queue.data ?? []}
          scroll={{ x: true }}
          pagination={false}
          locale={{ emptyText: <Empty description={t('mentor.review.empty')} /> }}
          columns={[
            { key: 'trainee', title: t('mentor.trainee'), render: (_, form) => nameOf(form.traineeId) },
            {
              key: 'form',
              title: t('mentor.review.form'),
              render: (_, form) => <FormTitle id={form.definitionId} version={form.definitionVersion} />,
            },
            { key: 'day', title: t('mentor.review.day'), render: (_, form) => formatDate(form.day, i18n.language) },
            { key: 'version', title: t('mentor.review.version'), dataIndex: 'versionCount' },
            {
              key: 'submitted',
              title: t('mentor.review.submittedAt'),
              render: (_, form) => {
                const latest = form.versions[form.versions.length - 1];
                return latest ? formatDateTime(latest.submittedAt, i18n.language) : '—';
              },
            },
            {
              key: 'actions',
              title: t('mentor.actions'),
              render: (_, form) => (
                <Button
                  size="small"
                  type="primary"
                  onClick={() => setOpen(form)}
                  aria-label={t('mentor.review.openFor', { trainee: nameOf(form.traineeId), day: form.day })}
                >
                  {t('mentor.review.open')}
                </Button>
              ),
            },
          ]}
        />
      )}
      <Drawer
        open={open !== null}
        onClose={() => setOpen(null)}
        size={screens.md ? 720 : '100%'}
        title={open ? t('mentor.review.drawerTitle', { trainee: nameOf(open.traineeId) }) : ''}
        closable={{ 'aria-label': t('roleCommon.close') }}
        destroyOnHidden
      >
        {open && <ReviewPanel form={open} onDone={() => setOpen(null)} />}
      </Drawer>
    </div>
  );
}
