import { Empty, Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../components/formatDate';
import type { ScoredCall } from './api';
import { effective } from './weekState';

interface ScoredCallsTableProps {
  calls: ScoredCall[];
  /** Show the knowledge and service halves and the total before the score out of 100 (the QA view). */
  halves?: boolean;
  /** The columns after the score: what the viewer may do with each call. */
  extra: TableColumnsType<ScoredCall>;
}

/** A go-live week's scored calls: reference, call date, the score that counts (after any re-score) and a zero mark. */
export function ScoredCallsTable({ calls, halves = false, extra }: ScoredCallsTableProps) {
  const { t, i18n } = useTranslation();
  const columns: TableColumnsType<ScoredCall> = [
    { key: 'ref', title: t('qa.week.callRef'), dataIndex: 'callRef' },
    { key: 'date', title: t('qa.week.callDate'), render: (_, call) => formatDate(call.callDate, i18n.language) },
    ...(halves
      ? [
          { key: 'knowledge', title: t('qa.card.knowledgeShort'), dataIndex: 'knowledge' },
          { key: 'service', title: t('qa.card.serviceShort'), dataIndex: 'service' },
          { key: 'total', title: t('qa.card.totalShort'), dataIndex: 'total' },
        ]
      : []),
    {
      key: 'normalised',
      title: t('qa.card.normalised'),
      render: (_, call) => (
        <>
          {effective(call).normalised}
          {effective(call).zero && (
            <Tag color="red" className="inline-tag">
              {t('qa.week.zero')}
            </Tag>
          )}
        </>
      ),
    },
    ...extra,
  ];
  return (
    <Table<ScoredCall>
      rowKey="id"
      size="small"
      dataSource={calls}
      pagination={false}
      scroll={{ x: true }}
      locale={{ emptyText: <Empty description={t('qa.week.noCalls')} /> }}
      columns={columns}
    />
  );
}
