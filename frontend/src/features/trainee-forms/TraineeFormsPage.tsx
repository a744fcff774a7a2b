import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatDate } from '../../components/formatDate';
import { formatDateTime } from '../../components/formatTime';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { meQuery } from '../auth/api';
import { journeyQuery } from '../journey/api';
import { firmToday, myFormsQuery, quotaStep, stepAsksFor, type FiledForm, type NewFormKind } from './api';
import { FormName } from './FormName';
import { STATUS_COLORS } from './labels';
import { QuotaCards } from './QuotaCards';

/** The new forms, each for today: the server refuses a form for a day of a step that does not ask for it. */
const NEW_FORMS: { kind: NewFormKind; path: string }[] = [
  { kind: 'othersRecording', path: '/forms/new?definition=post-call-analysis&source=OTHERS_RECORDING' },
  { kind: 'ownTypicalCall', path: '/forms/new?definition=post-call-analysis&source=OWN_TYPICAL_CALL' },
  { kind: 'liveMonitoring', path: '/forms/new?definition=live-monitoring' },
];

/** The trainee's monitoring forms: today's quotas, a new form, the open drafts and every form filed. */
export function TraineeFormsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('traineeForms.title'));
  const me = useQuery(meQuery);
  const traineeId = me.data?.trainee ? me.data.personId : undefined;

  const title = (
    <Typography.Title level={1} className="page-title">
      {t('traineeForms.title')}
    </Typography.Title>
  );
  if (me.isPending) return <PageLoading />;
  if (me.isError) {
    return (
      <div className="page">
        {title}
        <ProblemAlert title={t('common.loadFailed')} error={me.error} onRetry={() => void me.refetch()} />
      </div>
    );
  }
  if (!traineeId) {
    return (
      <div className="page">
        {title}
        <Alert type="info" showIcon title={t('traineeForms.notTrainee')} />
      </div>
    );
  }
  return (
    <div className="page">
      {title}
      <TraineeForms traineeId={traineeId} />
    </div>
  );
}

function TraineeForms({ traineeId }: { traineeId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const today = firmToday();
  const journey = useQuery(journeyQuery(traineeId));
  const forms = useQuery(myFormsQuery(traineeId));
  const drafts = (forms.data ?? []).filter((form) => form.status === 'DRAFT');
  const returned = (forms.data ?? []).filter((form) => form.status === 'RETURNED');
  const step = journey.data?.step;

  return (
    <Flex vertical gap={16}>
      {/* Quotas wait for the journey's step; without one (or if it cannot load) the server shows both by calendar. */}
      {!journey.isPending && <QuotaCards traineeId={traineeId} day={today} step={quotaStep(journey.data?.step)} />}
      <Card size="small" title={t('traineeForms.new.title')}>
        <Flex vertical gap={8}>
          <Flex gap={8} wrap>
            {NEW_FORMS.map(({ kind, path }, index) => (
              <Button
                key={kind}
                type={index === 0 ? 'primary' : 'default'}
                disabled={!stepAsksFor(step, kind)}
                onClick={() => navigate(path)}
              >
                {t(`traineeForms.new.${kind}`)}
              </Button>
            ))}
          </Flex>
          {NEW_FORMS.some(({ kind }) => !stepAsksFor(step, kind)) && (
            <Typography.Text type="secondary">{t('traineeForms.new.notThisStep')}</Typography.Text>
          )}
        </Flex>
      </Card>
      {returned.length > 0 && (
        <Alert type="warning" showIcon title={t('traineeForms.returnedNotice', { count: returned.length })} />
      )}
      {drafts.length > 0 && <Alert type="info" showIcon title={t('traineeForms.draftsNotice', { count: drafts.length })} />}
      <section aria-labelledby="trainee-forms-history">
        <Typography.Title level={2} className="section-title" id="trainee-forms-history">
          {t('traineeForms.history.title')}
        </Typography.Title>
        {forms.isError ? (
          <ProblemAlert title={t('common.loadFailed')} error={forms.error} onRetry={() => void forms.refetch()} />
        ) : (
          <History forms={forms.data} loading={forms.isPending} />
        )}
      </section>
    </Flex>
  );
}

/** Newest day first; within a day the latest change first. */
function byRecent(a: FiledForm, b: FiledForm): number {
  return b.day.localeCompare(a.day) || b.updatedAt.localeCompare(a.updatedAt);
}

function History({ forms, loading }: { forms: FiledForm[] | undefined; loading: boolean }) {
  const { t, i18n } = useTranslation();
  const rows = [...(forms ?? [])].sort(byRecent);
  return (
    <Table<FiledForm>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={rows}
      scroll={{ x: true }}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: <Empty description={t('traineeForms.history.empty')} /> }}
      columns={[
        { key: 'day', title: t('traineeForms.history.day'), render: (_, form) => formatDate(form.day, i18n.language) },
        { key: 'form', title: t('traineeForms.history.form'), render: (_, form) => <FormName form={form} /> },
        {
          key: 'status',
          title: t('traineeForms.history.status'),
          filters: (['DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED'] as const).map((status) => ({
            text: t(`traineeForms.status.${status}`),
            value: status,
          })),
          onFilter: (value, form) => form.status === value,
          render: (_, form) => <Tag color={STATUS_COLORS[form.status]}>{t(`traineeForms.status.${form.status}`)}</Tag>,
        },
        { key: 'versions', title: t('traineeForms.history.versions'), dataIndex: 'versionCount' },
        {
          key: 'updated',
          title: t('traineeForms.history.updated'),
          render: (_, form) => formatDateTime(form.updatedAt, i18n.language),
        },
        {
          key: 'comment',
          title: t('traineeForms.history.lastComment'),
          render: (_, form) => form.reviews[form.reviews.length - 1]?.comments ?? '—',
        },
        {
          key: 'action',
          title: t('traineeForms.history.action'),
          render: (_, form) => (
            <Link
              to={`/forms/${encodeURIComponent(form.id)}`}
              aria-label={t(`traineeForms.history.actionLabel.${form.status}`, { day: form.day })}
            >
              {t(`traineeForms.history.actionName.${form.status}`)}
            </Link>
          ),
        },
      ]}
    />
  );
}
