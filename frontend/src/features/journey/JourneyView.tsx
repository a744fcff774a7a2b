import { Card, Collapse, Descriptions, Empty, Flex, Steps, Tag, Typography, type StepsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { STAGES, type Journey } from '../../api/types';
import { formatDate } from '../../components/formatDate';
import { formatDateTime } from '../../components/formatTime';
import { STATUS_COLORS, nextActionLabel, stageLabel, statusLabel } from './labels';

function stepsStatus(journey: Journey): StepsProps['status'] {
  switch (journey.status) {
    case 'CERTIFIED':
      return 'finish';
    case 'ESCALATED':
    case 'WITHDRAWN':
      return 'error';
    default:
      return 'process';
  }
}

/** One journey: the four stages, where the trainee is, the last decision and why, and the history. */
export function JourneyView({ journey }: { journey: Journey }) {
  const { t, i18n } = useTranslation();
  const current = Math.max(0, STAGES.indexOf(journey.stage));
  const last = journey.lastDecision;

  return (
    <Flex vertical gap={16}>
      <Card>
        <Steps
          current={journey.status === 'CERTIFIED' ? STAGES.length : current}
          status={stepsStatus(journey)}
          orientation="vertical"
          size="small"
          items={STAGES.map((stage, index) => ({
            title: stageLabel(t, stage),
            content: index === current ? journey.stepName : undefined,
          }))}
        />
      </Card>
      <Card title={<h2 className="card-title">{t('journey.currentStep')}</h2>}>
        <Descriptions
          column={{ xs: 1, sm: 1, md: 2 }}
          items={[
            { key: 'step', label: t('journey.currentStep'), children: `${stageLabel(t, journey.stage)} · ${journey.stepName}` },
            {
              key: 'status',
              label: t('journey.status'),
              children: <Tag color={STATUS_COLORS[journey.status]}>{statusLabel(t, journey.status)}</Tag>,
            },
            {
              key: 'due',
              label: t('journey.dueBy'),
              children: journey.dueBy ? formatDate(journey.dueBy, i18n.language) : t('journey.noDue'),
            },
          ]}
        />
      </Card>
      <Card title={<h2 className="card-title">{t('journey.lastDecision')}</h2>}>
        {last ? (
          <Flex vertical gap={8}>
            {last.explanation && <Typography.Paragraph className="journey-explanation">{last.explanation}</Typography.Paragraph>}
            {last.rule && (
              <Typography.Text type="secondary">
                {t('journey.rule')}: <code>{last.rule}</code>
              </Typography.Text>
            )}
            <Typography.Text type="secondary">{formatDateTime(last.at, i18n.language)}</Typography.Text>
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('journey.noDecision')}</Typography.Text>
        )}
      </Card>
      <Card title={<h2 className="card-title">{t('journey.nextActions')}</h2>}>
        {journey.nextActions.length === 0 ? (
          <Typography.Text type="secondary">{t('journey.noNextActions')}</Typography.Text>
        ) : (
          <ul className="next-actions">
            {journey.nextActions.map((code) => (
              <li key={code}>{nextActionLabel(t, code, journey.stepName)}</li>
            ))}
          </ul>
        )}
      </Card>
      {journey.history.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('journey.noDecision')} />
      ) : (
        <Collapse
          items={[
            {
              key: 'history',
              label: t('journey.history', { count: journey.history.length }),
              children: (
                <ol className="journey-history">
                  {[...journey.history].reverse().map((entry, index) => (
                    <li key={`${entry.at}-${index}`}>
                      <Typography.Text strong>
                        {t('journey.historyEntry', {
                          from: entry.fromStatus ? `${stageLabel(t, entry.fromStage)} · ${statusLabel(t, entry.fromStatus)}` : '—',
                          to: `${stageLabel(t, entry.toStage)} · ${statusLabel(t, entry.toStatus)}`,
                        })}
                      </Typography.Text>{' '}
                      <Typography.Text type="secondary">{formatDateTime(entry.at, i18n.language)}</Typography.Text>
                      {entry.explanation && <div>{entry.explanation}</div>}
                      {entry.rule && (
                        <div>
                          <Typography.Text type="secondary">
                            {t('journey.rule')}: <code>{entry.rule}</code>
                          </Typography.Text>
                        </div>
                      )}
                      {entry.decidedBy && <div>{t('journey.decidedBy', { name: entry.decidedBy })}</div>}
                      {entry.reason && <div>{t('journey.reason', { reason: entry.reason })}</div>}
                    </li>
                  ))}
                </ol>
              ),
            },
          ]}
        />
      )}
    </Flex>
  );
}
