import type { UseQueryResult } from '@tanstack/react-query';
import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoading } from './PageLoading';
import { ProblemAlert } from './ProblemAlert';

/** A page's heading (the one h1 of the page). */
export function PageTitle({ children }: { children: ReactNode }) {
  return (
    <Typography.Title level={1} className="page-title">
      {children}
    </Typography.Title>
  );
}

/**
 * What a page about one record shows before it has the record: the spinner while it loads, or its heading and the
 * error with a retry when loading failed; nothing once the record is there.
 */
export function RecordPending({ query, title }: { query: UseQueryResult<unknown>; title: ReactNode }) {
  const { t } = useTranslation();
  if (query.isPending) return <PageLoading />;
  if (query.isError) {
    return (
      <div className="page">
        <PageTitle>{title}</PageTitle>
        <ProblemAlert title={t('common.loadFailed')} error={query.error} onRetry={() => void query.refetch()} />
      </div>
    );
  }
  return null;
}
