import { Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** The loading state every page shows while its first request is under way. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <Flex justify="center" className="page-state" role="status">
      <Spin size="large" description={t('app.loading')} />
    </Flex>
  );
}
