import '../forms-renderer/forms.css';
import { CheckCircleOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate } from '../../components/formatDate';
import { formatDateTime } from '../../components/formatTime';
import { PageTitle, RecordPending } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { formDefinitionQuery } from '../forms-renderer/api';
import { FormValuesView } from '../forms-renderer/FormValuesView';
import { confirmObjective, EVALUATION_FORM_ID, placementQuery, type Objective, type Placement, type RecordedScore } from './api';
import { EvaluationForm } from './EvaluationForm';

/** One trainee placed with me: the eight objectives to confirm, their self-summary, and my evaluation (附5). */
export function BranchPlacementPage() {
  const { placementId = '' } = useParams();
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('branch.placement.title'));
  const placement = useQuery(placementQuery(placementId));

  const title = placement.data ? t('branch.placement.titleFor', { trainee: placement.data.traineeId }) : t('branch.placement.title');
  if (!placement.isSuccess) return <RecordPending query={placement} title={title} />;
  const data = placement.data;

  return (
    <div className="page">
      <Link to="/branch">{t('common.back')}</Link>
      <PageTitle>{title}</PageTitle>
      <Flex vertical gap={16}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          items={[
            { key: 'trainee', label: t('branch.trainee'), children: data.traineeId },
            { key: 'branch', label: t('branch.placement.branch'), children: data.branchId },
            {
              key: 'period',
              label: t('branch.period'),
              children: `${formatDate(data.startDate, i18n.language)} – ${formatDate(data.endDate, i18n.language)}`,
            },
          ]}
        />
        <Objectives placement={data} />
        <Card title={<h2 className="card-title">{t('branch.placement.selfSummary')}</h2>}>
          {data.selfSummary ? (
            <Typography.Paragraph className="preserve-lines">{data.selfSummary}</Typography.Paragraph>
          ) : (
            <Typography.Text type="secondary">{t('branch.placement.noSelfSummary')}</Typography.Text>
          )}
        </Card>
        <Card title={<h2 className="card-title">{t('branch.evaluation.title')}</h2>}>
          {data.evaluation ? (
            <RecordedEvaluation evaluation={data.evaluation} />
          ) : (
            <EvaluationForm placement={data} />
          )}
        </Card>
      </Flex>
    </div>
  );
}

function Objectives({ placement }: { placement: Placement }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const confirm = useMutation({
    mutationFn: (number: number) => confirmObjective(placement.id, number),
    onSuccess: (updated, number) => {
      queryClient.setQueryData(placementQuery(placement.id).queryKey, updated);
      void queryClient.invalidateQueries({ queryKey: ['branch', 'hosted'] });
      void message.success(t('branch.objectives.confirmed', { number }));
    },
  });
  const state = (objective: Objective) => {
    if (objective.confirmedAt) {
      return (
        <Tag color="green" icon={<CheckCircleOutlined />}>
          {t('branch.objectives.confirmedTag')}
        </Tag>
      );
    }
    if (!objective.ticked) return <Tag>{t('branch.objectives.notTicked')}</Tag>;
    return (
      <Button
        size="small"
        type="primary"
        loading={confirm.isPending && confirm.variables === objective.number}
        onClick={() => confirm.mutate(objective.number)}
        aria-label={t('branch.objectives.confirmFor', { number: objective.number })}
      >
        {t('branch.objectives.confirm')}
      </Button>
    );
  };

  return (
    <Card title={<h2 className="card-title">{t('branch.objectives.title')}</h2>}>
      {confirm.isError && <ProblemAlert error={confirm.error} />}
      <List
        dataSource={placement.objectives}
        renderItem={(objective) => (
          <List.Item extra={state(objective)}>
            <List.Item.Meta
              title={`${objective.number}. ${objective.text}`}
              description={
                objective.ticked
                  ? t('branch.objectives.traineeNote', { note: objective.note || t('branch.objectives.noNote') })
                  : undefined
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}

/** The evaluation as recorded: the score the server computed from the form, and the filled form itself. */
function RecordedEvaluation({ evaluation }: { evaluation: RecordedScore }) {
  const { t, i18n } = useTranslation();
  // The form is kept with the definition it was filled against, `id@version`.
  const [formId, version] = (evaluation.form?.definition ?? EVALUATION_FORM_ID).split('@');
  const definition = useQuery({
    ...formDefinitionQuery(formId, version ? Number(version) : undefined),
    enabled: Boolean(evaluation.form),
  });
  return (
    <Flex vertical gap={12}>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'score', label: t('branch.evaluation.score'), children: <strong>{evaluation.score}</strong> },
          { key: 'at', label: t('branch.evaluation.at'), children: formatDateTime(evaluation.at, i18n.language) },
        ]}
      />
      {evaluation.form && definition.data && <FormValuesView definition={definition.data} values={evaluation.form.values} />}
      {evaluation.form && definition.isError && <ProblemAlert title={t('common.loadFailed')} error={definition.error} />}
      {!evaluation.form && evaluation.notes && (
        <Typography.Paragraph className="preserve-lines">{evaluation.notes}</Typography.Paragraph>
      )}
    </Flex>
  );
}
