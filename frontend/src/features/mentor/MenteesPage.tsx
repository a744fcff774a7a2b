import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Empty, Radio, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatDate } from '../../components/formatDate';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { meQuery } from '../auth/api';
import { journeyQuery } from '../journey/api';
import { STATUS_COLORS, stageLabel, statusLabel } from '../journey/labels';
import { enrolmentQuery } from './api';
import { CallLog } from './CallLog';
import { MenteeForms } from './MenteeForms';

/** My mentee(s): who they are, where they stand, their call log with the monitored share, their forms. */
export function MenteesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('mentor.mentees.title'));
  const me = useQuery(meQuery);
  const [params, setParams] = useSearchParams();

  const header = (
    <Typography.Title level={1} className="page-title">
      {t('mentor.mentees.title')}
    </Typography.Title>
  );
  if (me.isPending) return <PageLoading />;
  if (me.isError) {
    return (
      <div className="page">
        {header}
        <ProblemAlert title={t('common.loadFailed')} error={me.error} onRetry={() => void me.refetch()} />
      </div>
    );
  }
  const mentees = me.data.mentees ?? [];
  const selected = mentees.find((mentee) => mentee.personId === params.get('trainee')) ?? mentees[0];

  return (
    <div className="page">
      {header}
      {mentees.length === 0 ? (
        <Empty description={t('mentor.mentees.none')} />
      ) : (
        <>
          {mentees.length > 1 && (
            <Radio.Group
              aria-label={t('mentor.mentees.choose')}
              optionType="button"
              value={selected.personId}
              onChange={(event) => setParams({ trainee: event.target.value as string }, { replace: true })}
              options={mentees.map((mentee) => ({ value: mentee.personId, label: mentee.name }))}
              className="page-toolbar"
            />
          )}
          <MenteeDetail key={selected.personId} traineeId={selected.personId} name={selected.name} />
        </>
      )}
    </div>
  );
}

function MenteeDetail({ traineeId, name }: { traineeId: string; name: string }) {
  const { t, i18n } = useTranslation();
  const enrolment = useQuery(enrolmentQuery(traineeId));
  const journey = useQuery(journeyQuery(traineeId));

  return (
    <>
      <Card className="mentee-card" title={<h2 className="card-title">{name}</h2>}>
        {enrolment.isError && <ProblemAlert title={t('common.loadFailed')} error={enrolment.error} />}
        {journey.isError && <ProblemAlert title={t('common.loadFailed')} error={journey.error} />}
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            { key: 'id', label: t('mentor.mentees.id'), children: traineeId },
            {
              key: 'category',
              label: t('mentor.mentees.category'),
              children: enrolment.data ? t('mentor.mentees.categoryValue', { category: enrolment.data.category }) : '—',
            },
            { key: 'cohort', label: t('mentor.mentees.cohort'), children: enrolment.data?.cohortId ?? '—' },
            {
              key: 'start',
              label: t('mentor.mentees.startDate'),
              children: enrolment.data ? formatDate(enrolment.data.startDate, i18n.language) : '—',
            },
            {
              key: 'stage',
              label: t('mentor.mentees.stage'),
              children: journey.data ? `${stageLabel(t, journey.data.stage)} · ${journey.data.stepName}` : '—',
            },
            {
              key: 'status',
              label: t('mentor.mentees.status'),
              children: journey.data ? (
                <Tag color={STATUS_COLORS[journey.data.status]}>{statusLabel(t, journey.data.status)}</Tag>
              ) : (
                '—'
              ),
            },
          ]}
        />
      </Card>
      <Tabs
        className="mentee-tabs"
        items={[
          {
            key: 'calls',
            label: t('mentor.calls.tab'),
            children: <CallLog traineeId={traineeId} journey={journey.data} />,
          },
          {
            key: 'forms',
            label: t('mentor.forms.tab'),
            children: <MenteeForms traineeId={traineeId} />,
          },
        ]}
      />
    </>
  );
}
