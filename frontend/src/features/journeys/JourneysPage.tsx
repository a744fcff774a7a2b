import { useQuery } from '@tanstack/react-query';
import { App, Button, Flex, Modal, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { JOURNEY_STATUSES, STAGES, type Journey, type JourneyStatus, type StageId } from '../../api/types';
import { formatDate } from '../../components/formatDate';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { journeysQuery } from '../journey/api';
import { STATUS_COLORS, stageLabel, statusLabel } from '../journey/labels';
import { EscalationForm } from './EscalationForm';

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((candidate) => candidate === value);
}

/** Every journey, filtered by status and stage (kept in the URL); escalations are decided here. */
export function JourneysPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  useDocumentTitle(t('journeys.title'));
  const [params, setParams] = useSearchParams();
  const status = oneOf<JourneyStatus>(JOURNEY_STATUSES, params.get('status'));
  const stage = oneOf<StageId>(STAGES, params.get('stage'));
  const journeys = useQuery(journeysQuery({ status, stage }));
  const [deciding, setDeciding] = useState<Journey | null>(null);

  const setFilter = (name: 'status' | 'stage', value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t('journeys.title')}
      </Typography.Title>
      <Flex gap={16} wrap className="page-toolbar">
        <label className="filter">
          <span>{t('journeys.filterStatus')}</span>
          <Select
            allowClear
            placeholder={t('journeys.all')}
            value={status}
            onChange={(value) => setFilter('status', value)}
            options={JOURNEY_STATUSES.map((value) => ({ value, label: statusLabel(t, value) }))}
            style={{ minWidth: 180 }}
          />
        </label>
        <label className="filter">
          <span>{t('journeys.filterStage')}</span>
          <Select
            allowClear
            placeholder={t('journeys.all')}
            value={stage}
            onChange={(value) => setFilter('stage', value)}
            options={STAGES.map((value) => ({ value, label: stageLabel(t, value) }))}
            style={{ minWidth: 180 }}
          />
        </label>
      </Flex>
      {journeys.isError ? (
        <ProblemAlert title={t('common.loadFailed')} error={journeys.error} onRetry={() => void journeys.refetch()} />
      ) : (
        <Table<Journey>
          rowKey="traineeId"
          loading={journeys.isPending}
          dataSource={journeys.data ?? []}
          scroll={{ x: true }}
          expandable={{
            rowExpandable: (journey) => Boolean(journey.lastDecision?.explanation),
            expandedRowRender: (journey) => <p className="journey-explanation">{journey.lastDecision?.explanation}</p>,
          }}
          columns={[
            { key: 'trainee', title: t('journeys.trainee'), dataIndex: 'traineeId' },
            { key: 'stage', title: t('journeys.stage'), render: (_, journey) => stageLabel(t, journey.stage) },
            { key: 'step', title: t('journeys.step'), dataIndex: 'stepName' },
            {
              key: 'status',
              title: t('journey.status'),
              render: (_, journey) => <Tag color={STATUS_COLORS[journey.status]}>{statusLabel(t, journey.status)}</Tag>,
            },
            {
              key: 'due',
              title: t('journey.dueBy'),
              render: (_, journey) => (journey.dueBy ? formatDate(journey.dueBy, i18n.language) : '—'),
            },
            {
              key: 'actions',
              title: '',
              render: (_, journey) =>
                journey.status === 'ESCALATED' && (
                  <Button
                    size="small"
                    onClick={() => setDeciding(journey)}
                    aria-label={`${t('journeys.decide')} ${journey.traineeId}`}
                  >
                    {t('journeys.decide')}
                  </Button>
                ),
            },
          ]}
        />
      )}
      <Modal
        open={deciding !== null}
        title={deciding ? t('journeys.decideTitle', { trainee: deciding.traineeId }) : ''}
        footer={null}
        onCancel={() => setDeciding(null)}
        destroyOnHidden
      >
        {deciding && (
          <EscalationForm
            journey={deciding}
            onDone={(decided) => {
              setDeciding(null);
              if (decided) void message.success(t('journeys.decided'));
            }}
          />
        )}
      </Modal>
    </div>
  );
}
