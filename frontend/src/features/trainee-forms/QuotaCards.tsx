import { useQuery } from '@tanstack/react-query';
import { Card, Flex, Progress, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../components/formatDate';
import { ProblemAlert } from '../../components/ProblemAlert';
import { quotasQuery, type DailyQuota } from './api';

/** Today's quotas as the server counts them: filed (submitted or accepted) and accepted against the day's need. */
export function QuotaCards({ traineeId, day, step }: { traineeId: string; day: string; step: string | undefined }) {
  const { t, i18n } = useTranslation();
  const quotas = useQuery(quotasQuery(traineeId, day, step));

  if (quotas.isError) {
    return <ProblemAlert title={t('common.loadFailed')} error={quotas.error} onRetry={() => void quotas.refetch()} />;
  }
  return (
    <Card
      size="small"
      loading={quotas.isPending}
      title={t('traineeForms.quotas.title', { day: formatDate(day, i18n.language) })}
      extra={
        quotas.data && (
          <Flex gap={4} wrap>
            <Tag color={quotas.data.workingDay ? 'blue' : 'default'}>
              {t(quotas.data.workingDay ? 'traineeForms.quotas.workingDay' : 'traineeForms.quotas.notWorkingDay')}
            </Tag>
            <Tag color={quotas.data.tradingDay ? 'blue' : 'default'}>
              {t(quotas.data.tradingDay ? 'traineeForms.quotas.tradingDay' : 'traineeForms.quotas.notTradingDay')}
            </Tag>
          </Flex>
        )
      }
    >
      <Flex vertical gap={12}>
        {quotas.data?.quotas.map((quota) => <QuotaRow key={quota.kind} quota={quota} />)}
      </Flex>
    </Card>
  );
}

function QuotaRow({ quota }: { quota: DailyQuota }) {
  const { t } = useTranslation();
  const name = t(`traineeForms.quotas.kind.${quota.kind}`);
  if (quota.required === 0) {
    return (
      <section aria-label={name}>
        <Typography.Text strong>{name}</Typography.Text>{' '}
        <Typography.Text type="secondary">{t('traineeForms.quotas.noneToday')}</Typography.Text>
      </section>
    );
  }
  const percent = Math.min(100, Math.round((quota.filed / quota.required) * 100));
  return (
    <section aria-label={name}>
      <Flex justify="space-between" wrap gap={8}>
        <Typography.Text strong>{name}</Typography.Text>
        <Typography.Text>
          {t('traineeForms.quotas.progress', { filed: quota.filed, required: quota.required, accepted: quota.accepted })}
        </Typography.Text>
      </Flex>
      <Progress
        percent={percent}
        success={{ percent: Math.min(100, Math.round((quota.accepted / quota.required) * 100)) }}
        status={quota.met ? 'success' : 'active'}
        aria-label={name}
      />
      <Tag color={quota.metWithAccepted ? 'green' : quota.met ? 'blue' : 'orange'}>
        {t(
          quota.metWithAccepted
            ? 'traineeForms.quotas.metWithAccepted'
            : quota.met
              ? 'traineeForms.quotas.metFiled'
              : 'traineeForms.quotas.notMet',
          { missing: quota.required - quota.filed },
        )}
      </Tag>
    </section>
  );
}
