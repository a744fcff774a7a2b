import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Form, Input, Modal, Radio, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { TraineeCategory } from '../../api/types';
import { formatDate } from '../../components/formatDate';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { meQuery } from '../auth/api';
import {
  type Cohort,
  cohortsQuery,
  cohortTraineesQuery,
  createCohort,
  type Enrolment,
  enrol,
  traineePeopleQuery,
} from './api';
import { showFieldErrors } from './fieldErrors';

/** Cohorts of the department, a new one, and enrolling trainees into the chosen cohort (kept in the URL). */
export function CohortsPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('training.cohorts.title'));
  const [params, setParams] = useSearchParams();
  const cohorts = useQuery(cohortsQuery);
  const [creating, setCreating] = useState(false);
  const selected = cohorts.data?.find((cohort) => cohort.id === params.get('cohort'));

  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t('training.cohorts.title')}
      </Typography.Title>
      <Card
        title={<h2 className="card-title">{t('training.cohorts.list')}</h2>}
        extra={
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('training.cohorts.create')}
          </Button>
        }
      >
        {cohorts.isError ? (
          <ProblemAlert title={t('common.loadFailed')} error={cohorts.error} onRetry={() => void cohorts.refetch()} />
        ) : (
          <Table<Cohort>
            rowKey="id"
            size="small"
            loading={cohorts.isPending}
            dataSource={cohorts.data ?? []}
            pagination={false}
            scroll={{ x: true }}
            locale={{ emptyText: t('training.cohorts.none') }}
            rowClassName={(cohort) => (cohort.id === selected?.id ? 'ant-table-row-selected' : '')}
            columns={[
              { key: 'id', title: t('training.cohorts.id'), dataIndex: 'id' },
              { key: 'name', title: t('training.cohorts.name'), dataIndex: 'name' },
              {
                key: 'start',
                title: t('training.cohorts.startDate'),
                render: (_, cohort) => formatDate(cohort.startDate, i18n.language),
              },
              {
                key: 'select',
                title: '',
                render: (_, cohort) => (
                  <Button
                    size="small"
                    aria-pressed={cohort.id === selected?.id}
                    onClick={() => setParams({ cohort: cohort.id }, { replace: true })}
                    aria-label={`${t('training.cohorts.select')} ${cohort.name}`}
                  >
                    {t('training.cohorts.select')}
                  </Button>
                ),
              },
            ]}
          />
        )}
      </Card>
      {selected && <CohortTrainees cohort={selected} />}
      <Modal
        open={creating}
        title={t('training.cohorts.create')}
        footer={null}
        onCancel={() => setCreating(false)}
        destroyOnHidden
      >
        <NewCohortForm
          onDone={(cohort) => {
            setCreating(false);
            if (cohort) setParams({ cohort: cohort.id }, { replace: true });
          }}
        />
      </Modal>
    </div>
  );
}

function NewCohortForm({ onDone }: { onDone: (created: Cohort | null) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Omit<Cohort, 'departmentId'>>();
  const me = useQuery(meQuery);
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (values: Omit<Cohort, 'departmentId'>) =>
      createCohort({ ...values, id: values.id.trim(), name: values.name.trim(), departmentId: me.data?.department ?? '' }),
    onSuccess: (cohort) => {
      void queryClient.invalidateQueries({ queryKey: cohortsQuery.queryKey });
      void message.success(t('training.cohorts.created'));
      onDone(cohort);
    },
    onError: (error) => showFieldErrors(form, error, ['id', 'name', 'startDate']),
  });
  return (
    <Form form={form} name="newCohort" layout="vertical" requiredMark onFinish={(values) => create.mutate(values)}>
      <Form.Item
        name="id"
        label={t('training.cohorts.id')}
        extra={t('training.cohorts.idHint')}
        rules={[
          { required: true, whitespace: true, message: t('training.cohorts.idRequired') },
          { pattern: /^[A-Za-z0-9._-]{1,64}$/, message: t('training.cohorts.idHint') },
        ]}
      >
        <Input maxLength={64} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('training.cohorts.name')}
        rules={[{ required: true, whitespace: true, message: t('training.cohorts.nameRequired') }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="startDate"
        label={t('training.cohorts.startDate')}
        rules={[{ required: true, message: t('training.cohorts.startDateRequired') }]}
      >
        <Input type="date" />
      </Form.Item>
      {create.isError && <ProblemAlert error={create.error} />}
      <Flex justify="end" gap={8}>
        <Button onClick={() => onDone(null)}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t('training.cohorts.create')}
        </Button>
      </Flex>
    </Form>
  );
}

interface EnrolValues {
  personId: string;
  category: TraineeCategory;
  startDate: string;
}

function CohortTrainees({ cohort }: { cohort: Cohort }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const trainees = useQuery(cohortTraineesQuery(cohort.id));
  const people = useQuery(traineePeopleQuery);
  const queryClient = useQueryClient();
  const [form] = Form.useForm<EnrolValues>();
  const names = new Map((people.data?.items ?? []).map((person) => [person.id, person.name]));
  const enrolled = new Set((trainees.data ?? []).map((trainee) => trainee.personId));
  const candidates = (people.data?.items ?? []).filter((person) => !enrolled.has(person.id));
  const save = useMutation({
    mutationFn: (values: EnrolValues) => enrol({ ...values, cohortId: cohort.id }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: cohortTraineesQuery(cohort.id).queryKey });
      void message.success(t('training.cohorts.enrolled'));
      form.resetFields();
    },
    onError: (error) => showFieldErrors(form, error, ['personId', 'category', 'startDate']),
  });
  const categoryLabel = (category: TraineeCategory) =>
    category === 'B' ? t('training.cohorts.categoryB') : t('training.cohorts.categoryA');

  return (
    <Card
      title={
        <h2 className="card-title">
          {cohort.name} · {t('training.cohorts.trainees', { count: trainees.data?.length ?? 0 })}
        </h2>
      }
    >
      {trainees.isError ? (
        <ProblemAlert title={t('common.loadFailed')} error={trainees.error} onRetry={() => void trainees.refetch()} />
      ) : (
        <Table<Enrolment>
          rowKey="personId"
          size="small"
          loading={trainees.isPending}
          dataSource={trainees.data ?? []}
          pagination={false}
          scroll={{ x: true }}
          columns={[
            {
              key: 'person',
              title: t('training.cohorts.person'),
              render: (_, trainee) => `${names.get(trainee.personId) ?? ''} (${trainee.personId})`,
            },
            { key: 'category', title: t('training.cohorts.category'), render: (_, trainee) => categoryLabel(trainee.category) },
            {
              key: 'start',
              title: t('training.cohorts.traineeStart'),
              render: (_, trainee) => formatDate(trainee.startDate, i18n.language),
            },
            { key: 'by', title: t('training.cohorts.enrolledBy'), render: (_, trainee) => trainee.enrolledBy ?? '—' },
          ]}
        />
      )}
      <Typography.Title level={3} className="section-title">
        {t('training.cohorts.enrol')}
      </Typography.Title>
      {people.isError && <ProblemAlert error={people.error} onRetry={() => void people.refetch()} />}
      <Form
        form={form}
        name="enrol"
        layout="vertical"
        requiredMark
        initialValues={{ startDate: cohort.startDate }}
        onFinish={(values) => save.mutate(values)}
      >
        <Form.Item
          name="personId"
          label={t('training.cohorts.person')}
          extra={t('training.cohorts.alreadyEnrolled')}
          rules={[{ required: true, message: t('training.cohorts.personRequired') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={people.isPending}
            options={candidates.map((person) => ({ value: person.id, label: `${person.name} (${person.id})` }))}
            style={{ maxWidth: 360 }}
          />
        </Form.Item>
        <Form.Item
          name="category"
          label={t('training.cohorts.category')}
          rules={[{ required: true, message: t('training.cohorts.categoryRequired') }]}
        >
          <Radio.Group>
            <Radio value="A">{t('training.cohorts.categoryA')}</Radio>
            <Radio value="B">{t('training.cohorts.categoryB')}</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="startDate"
          label={t('training.cohorts.traineeStart')}
          rules={[{ required: true, message: t('training.cohorts.startDateRequired') }]}
        >
          <Input type="date" style={{ maxWidth: 200 }} />
        </Form.Item>
        {save.isError && <ProblemAlert error={save.error} />}
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('training.cohorts.enrol')}
        </Button>
      </Form>
    </Card>
  );
}
