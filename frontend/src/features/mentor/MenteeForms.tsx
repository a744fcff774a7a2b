import { useQuery } from '@tanstack/react-query';
import { Checkbox, Empty, Flex, List, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../components/formatDate';
import { formatDateTime } from '../../components/formatTime';
import { ProblemAlert } from '../../components/ProblemAlert';
import { menteeFormsQuery, type FiledForm, type FormStatus } from './api';
import { FormTitle } from './FormTitle';

const STATUS_COLORS: Record<FormStatus, string> = {
  DRAFT: 'default',
  SUBMITTED: 'blue',
  ACCEPTED: 'green',
  RETURNED: 'orange',
};

/** The post-call analysis value that marks one of the trainee's own typical calls (the ones coached on). */
const OWN_TYPICAL_CALL = 'OWN_TYPICAL_CALL';

function isTypicalCall(form: FiledForm): boolean {
  const latest = form.versions[form.versions.length - 1]?.values ?? form.working ?? {};
  return latest.source === OWN_TYPICAL_CALL;
}

/**
 * The mentee's filed forms with my reviews: the comments on a typical-call analysis are the coaching on that
 * call, so they can be listed on their own.
 */
export function MenteeForms({ traineeId }: { traineeId: string }) {
  const { t, i18n } = useTranslation();
  const forms = useQuery(menteeFormsQuery(traineeId));
  const [typicalOnly, setTypicalOnly] = useState(false);

  if (forms.isError) {
    return <ProblemAlert title={t('common.loadFailed')} error={forms.error} onRetry={() => void forms.refetch()} />;
  }
  const shown = (forms.data ?? []).filter((form) => form.status !== 'DRAFT' && (!typicalOnly || isTypicalCall(form)));

  return (
    <Flex vertical gap={12}>
      <Checkbox checked={typicalOnly} onChange={(event) => setTypicalOnly(event.target.checked)}>
        {t('mentor.forms.typicalOnly')}
      </Checkbox>
      <Table<FiledForm>
        rowKey="id"
        size="small"
        loading={forms.isPending}
        dataSource={shown}
        scroll={{ x: true }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description={t('mentor.forms.empty')} /> }}
        expandable={{
          rowExpandable: (form) => form.reviews.length > 0,
          expandedRowRender: (form) => (
            <List
              size="small"
              header={<strong>{t('mentor.forms.coaching')}</strong>}
              dataSource={form.reviews}
              renderItem={(review) => (
                <List.Item>
                  <Typography.Text>
                    <Tag color={review.decision === 'ACCEPT' ? 'green' : 'orange'}>{t(`mentor.decision.${review.decision}`)}</Tag>
                    {t('mentor.forms.versionShort', { number: review.versionNumber })} ·{' '}
                    {formatDateTime(review.at, i18n.language)}
                    {review.comments ? `：${review.comments}` : ''}
                  </Typography.Text>
                </List.Item>
              )}
            />
          ),
        }}
        columns={[
          { key: 'day', title: t('mentor.review.day'), render: (_, form) => formatDate(form.day, i18n.language) },
          {
            key: 'form',
            title: t('mentor.review.form'),
            render: (_, form) => (
              <>
                <FormTitle id={form.definitionId} version={form.definitionVersion} />
                {isTypicalCall(form) && <Tag className="inline-tag">{t('mentor.forms.typicalCall')}</Tag>}
              </>
            ),
          },
          {
            key: 'status',
            title: t('mentor.forms.status'),
            render: (_, form) => <Tag color={STATUS_COLORS[form.status]}>{t(`mentor.formStatus.${form.status}`)}</Tag>,
          },
          { key: 'versions', title: t('mentor.review.version'), dataIndex: 'versionCount' },
          {
            key: 'lastComment',
            title: t('mentor.forms.lastComment'),
            render: (_, form) => form.reviews[form.reviews.length - 1]?.comments ?? '—',
          },
        ]}
      />
    </Flex>
  );
}
