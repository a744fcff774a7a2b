import { Flex, Spin } from 'antd';

export function FullPageSpin({ label }: { label: string }) {
  return (
    <Flex className="full-page" align="center" justify="center" role="status" aria-live="polite">
      <Spin size="large" description={label} />
    </Flex>
  );
}
