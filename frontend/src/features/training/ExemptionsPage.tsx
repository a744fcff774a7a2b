import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Flex, Form, Input, Modal, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import {
  cohortsQuery,
  cohortTraineesQuery,
  coursesQuery,
  exempt,
  type Exemption,
  exemptionsQuery,
  revokeExemption,
  traineePeopleQuery,
} from './api';
import { showFieldErrors } from './fieldErrors';

/** Category-B exemptions: pick a cohort and one of its category-B trainees, grant or revoke with a reason. */
export function ExemptionsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('training.exemptions.title'));
  const [params, setParams] = useSearchParams();
  const cohorts = useQuery(cohortsQuery);
  const cohortId = params.get('cohort') ?? cohorts.data?.[0]?.id ?? '';
  const traineeId = params.get('trainee') ?? '';
  const trainees = useQuery({ ...cohortTraineesQuery(cohortId), enabled: cohortId !== '' });
  const people = useQuery(traineePeopleQuery);
  const names = new Map((people.data?.items ?? []).map((person) => [person.id, person.name]));
  const categoryB = (trainees.data ?? []).filter((trainee) => trainee.category === 'B');

  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t('training.exemptions.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('training.exemptions.hint')}</Typography.Paragraph>
      {cohorts.isError && <ProblemAlert title={t('common.loadFailed')} error={cohorts.error} onRetry={() => void cohorts.refetch()} />}
      {trainees.isError && <ProblemAlert title={t('common.loadFailed')} error={trainees.error} onRetry={() => void trainees.refetch()} />}
      <Flex gap={16} wrap className="page-toolbar">
        <label className="filter">
          <span>{t('training.exemptions.cohort')}</span>
          <Select
            value={cohortId || undefined}
            loading={cohorts.isPending}
            onChange={(value) => setParams({ cohort: value }, { replace: true })}
            options={(cohorts.data ?? []).map((cohort) => ({ value: cohort.id, label: cohort.name }))}
            style={{ minWidth: 240 }}
          />
        </label>
        <label className="filter">
          <span>{t('training.exemptions.trainee')}</span>
          <Select
            value={traineeId || undefined}
            placeholder={t('training.exemptions.selectTrainee')}
            loading={trainees.isPending && cohortId !== ''}
            notFoundContent={t('training.exemptions.noCategoryB')}
            onChange={(value) => setParams({ cohort: cohortId, trainee: value }, { replace: true })}
            options={categoryB.map((trainee) => ({
              value: trainee.personId,
              label: `${names.get(trainee.personId) ?? ''} (${trainee.personId})`,
            }))}
            style={{ minWidth: 240 }}
          />
        </label>
      </Flex>
      {traineeId && <TraineeExemptions traineeId={traineeId} name={names.get(traineeId) ?? traineeId} />}
    </div>
  );
}

function TraineeExemptions({ traineeId, name }: { traineeId: string; name: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const exemptions = useQuery(exemptionsQuery(traineeId));
  const courses = useQuery(coursesQuery);
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ courseId: string; reason: string }>();
  const [revoking, setRevoking] = useState<Exemption | null>(null);
  const titles = new Map((courses.data ?? []).map((course) => [course.id, course.title]));
  const inForce = new Set((exemptions.data ?? []).filter((e) => e.active).map((e) => e.courseId));
  const exemptible = (courses.data ?? []).filter((course) => course.exemptibleForCategoryB && !inForce.has(course.id));
  const refresh = () => queryClient.invalidateQueries({ queryKey: exemptionsQuery(traineeId).queryKey });
  const grant = useMutation({
    mutationFn: (values: { courseId: string; reason: string }) => exempt(traineeId, values.courseId, values.reason.trim()),
    onSuccess: () => {
      void refresh();
      void message.success(t('training.exemptions.granted'));
      form.resetFields();
    },
    onError: (error) => showFieldErrors(form, error, ['courseId', 'reason']),
  });

  return (
    <Card title={<h2 className="card-title">{name}</h2>}>
      {exemptions.isError ? (
        <ProblemAlert title={t('common.loadFailed')} error={exemptions.error} onRetry={() => void exemptions.refetch()} />
      ) : (
        <Table<Exemption>
          rowKey={(exemption) => `${exemption.courseId}-${exemption.grantedAt}`}
          size="small"
          loading={exemptions.isPending}
          dataSource={exemptions.data ?? []}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: <Empty description={t('training.exemptions.none')} /> }}
          columns={[
            {
              key: 'course',
              title: t('training.exemptions.course'),
              render: (_, exemption) => titles.get(exemption.courseId) ?? exemption.courseId,
            },
            {
              key: 'status',
              title: t('training.exemptions.status'),
              render: (_, exemption) =>
                exemption.active ? (
                  <Tag color="green">{t('training.exemptions.active')}</Tag>
                ) : (
                  <Tag>{t('training.exemptions.inactive')}</Tag>
                ),
            },
            { key: 'reason', title: t('training.exemptions.reason'), dataIndex: 'reason' },
            { key: 'by', title: t('training.exemptions.grantedBy'), dataIndex: 'grantedBy' },
            { key: 'revokeReason', title: t('training.exemptions.revokeReason'), render: (_, e) => e.revokeReason ?? '—' },
            {
              key: 'actions',
              title: '',
              render: (_, exemption) =>
                exemption.active && (
                  <Button
                    size="small"
                    danger
                    onClick={() => setRevoking(exemption)}
                    aria-label={`${t('training.exemptions.revoke')} ${titles.get(exemption.courseId) ?? exemption.courseId}`}
                  >
                    {t('training.exemptions.revoke')}
                  </Button>
                ),
            },
          ]}
        />
      )}
      <Typography.Title level={3} className="section-title">
        {t('training.exemptions.grant')}
      </Typography.Title>
      {courses.isError && <ProblemAlert error={courses.error} onRetry={() => void courses.refetch()} />}
      <Form form={form} name="grant" layout="vertical" requiredMark onFinish={(values) => grant.mutate(values)}>
        <Form.Item
          name="courseId"
          label={t('training.exemptions.course')}
          rules={[{ required: true, message: t('training.exemptions.courseRequired') }]}
        >
          <Select
            loading={courses.isPending}
            notFoundContent={t('training.exemptions.noExemptibleLeft')}
            options={exemptible.map((course) => ({ value: course.id, label: course.title }))}
            style={{ maxWidth: 360 }}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('training.exemptions.reason')}
          rules={[{ required: true, whitespace: true, message: t('training.exemptions.reasonRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} showCount />
        </Form.Item>
        {grant.isError && <ProblemAlert error={grant.error} />}
        <Button type="primary" htmlType="submit" loading={grant.isPending}>
          {t('training.exemptions.grant')}
        </Button>
      </Form>
      <Modal
        open={revoking !== null}
        title={revoking ? t('training.exemptions.revokeTitle', { course: titles.get(revoking.courseId) ?? revoking.courseId }) : ''}
        footer={null}
        onCancel={() => setRevoking(null)}
        destroyOnHidden
      >
        {revoking && (
          <RevokeForm
            exemption={revoking}
            onDone={(revoked) => {
              setRevoking(null);
              if (revoked) {
                void refresh();
                void message.success(t('training.exemptions.revoked'));
              }
            }}
          />
        )}
      </Modal>
    </Card>
  );
}

function RevokeForm({ exemption, onDone }: { exemption: Exemption; onDone: (revoked: boolean) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const revoke = useMutation({
    mutationFn: (reason: string) => revokeExemption(exemption.traineeId, exemption.courseId, reason),
    onSuccess: () => onDone(true),
    onError: (error) => showFieldErrors(form, error, ['reason']),
  });
  return (
    <Form form={form} name="revoke" layout="vertical" requiredMark onFinish={(values) => revoke.mutate(values.reason.trim())}>
      <Form.Item
        name="reason"
        label={t('training.exemptions.revokeReason')}
        rules={[{ required: true, whitespace: true, message: t('training.exemptions.reasonRequired') }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} showCount />
      </Form.Item>
      {revoke.isError && <ProblemAlert error={revoke.error} />}
      <Flex justify="end" gap={8}>
        <Button onClick={() => onDone(false)}>{t('common.cancel')}</Button>
        <Button type="primary" danger htmlType="submit" loading={revoke.isPending}>
          {t('training.exemptions.revokeConfirm')}
        </Button>
      </Flex>
    </Form>
  );
}
