import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Form, Input, Statistic, Table, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { type CategoryCount, type GiftError, type ImportReport, importGift, questionBanksQuery } from './api';

const MAX_BYTES = 1024 * 1024;

/** Question counts per category, and a GIFT upload whose report lists every bad question by line. */
export function QuestionBankPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('training.banks.title'));
  const banks = useQuery(questionBanksQuery);

  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t('training.banks.title')}
      </Typography.Title>
      <Flex vertical gap={16}>
        <ImportCard />
        <Card title={<h2 className="card-title">{t('training.banks.counts')}</h2>}>
          {banks.isError ? (
            <ProblemAlert title={t('common.loadFailed')} error={banks.error} onRetry={() => void banks.refetch()} />
          ) : (
            <Table<CategoryCount>
              rowKey="category"
              size="small"
              loading={banks.isPending}
              dataSource={banks.data ?? []}
              pagination={false}
              scroll={{ x: true }}
              locale={{ emptyText: t('training.banks.empty') }}
              columns={[
                { key: 'category', title: t('training.banks.category'), dataIndex: 'category' },
                {
                  key: 'area',
                  title: t('training.banks.area'),
                  render: (_, row) => (row.area ? t(`areas.${row.area}`) : '—'),
                },
                { key: 'questions', title: t('training.banks.questions'), dataIndex: 'questions', align: 'right' },
              ]}
            />
          )}
        </Card>
      </Flex>
    </div>
  );
}

function ImportCard() {
  const { t } = useTranslation();
  const fileId = useId();
  const categoryId = useId();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [category, setCategory] = useState('');
  const upload = useMutation({
    mutationFn: ({ gift, defaultCategory }: { gift: File; defaultCategory: string }) =>
      importGift(gift, defaultCategory || undefined),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: questionBanksQuery.queryKey }),
  });

  const submit = () => {
    if (!file) {
      setFileError(t('training.banks.fileRequired'));
      return;
    }
    upload.mutate({ gift: file, defaultCategory: category.trim() });
  };

  return (
    <Card title={<h2 className="card-title">{t('training.banks.upload')}</h2>}>
      <Form layout="vertical" onFinish={submit}>
        <Form.Item
          label={t('training.banks.file')}
          htmlFor={fileId}
          required
          validateStatus={fileError ? 'error' : undefined}
          help={fileError ?? undefined}
        >
          <input
            id={fileId}
            type="file"
            accept=".gift,.txt,text/plain"
            aria-invalid={fileError ? true : undefined}
            onChange={(event) => {
              const chosen = event.target.files?.[0] ?? null;
              setFile(chosen);
              setFileError(chosen && chosen.size > MAX_BYTES ? t('training.banks.tooLarge') : null);
              upload.reset();
            }}
          />
        </Form.Item>
        <Form.Item label={t('training.banks.defaultCategory')} htmlFor={categoryId}>
          <Input
            id={categoryId}
            value={category}
            onChange={(event) => setCategory(event.target.value)}
            placeholder={t('training.banks.categoryHint')}
            maxLength={200}
            style={{ maxWidth: 360 }}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={upload.isPending} disabled={fileError !== null}>
          {upload.isPending ? t('training.banks.importing') : t('training.banks.import')}
        </Button>
      </Form>
      {upload.isError && <ProblemAlert error={upload.error} />}
      {upload.isSuccess && <ImportReportView report={upload.data} />}
    </Card>
  );
}

function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  return (
    <section aria-label={t('training.banks.report')} className="import-report">
      <Typography.Title level={3} className="section-title">
        {t('training.banks.report')}
      </Typography.Title>
      <Flex gap={32} wrap>
        <Statistic title={t('training.banks.imported')} value={report.imported} />
        <Statistic title={t('training.banks.unchanged')} value={report.unchanged} />
      </Flex>
      {report.errors.length === 0 ? (
        <Alert type="success" showIcon title={t('training.banks.noErrors')} />
      ) : (
        <>
          <Alert type="warning" showIcon role="alert" title={t('training.banks.partly', { count: report.errors.length })} />
          <GiftIssues title={t('training.banks.errors', { count: report.errors.length })} issues={report.errors} />
        </>
      )}
      {report.warnings.length > 0 && (
        <GiftIssues title={t('training.banks.warnings', { count: report.warnings.length })} issues={report.warnings} />
      )}
    </section>
  );
}

/** The report's errors or warnings: line, question title, reason. */
function GiftIssues({ title, issues }: { title: string; issues: GiftError[] }) {
  const { t } = useTranslation();
  const columns = [
    { key: 'line', title: t('training.banks.line'), dataIndex: 'line', width: 80 },
    { key: 'title', title: t('training.banks.question'), render: (_: unknown, e: GiftError) => e.title ?? '—' },
    { key: 'message', title: t('training.banks.message'), dataIndex: 'message' },
  ];
  return (
    <>
      <Typography.Title level={4} className="section-title">
        {title}
      </Typography.Title>
      <Table<GiftError> rowKey={(e) => `${e.line}-${e.message}`} size="small" dataSource={issues} pagination={false} columns={columns} />
    </>
  );
}
