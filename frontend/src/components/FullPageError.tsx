import { Flex } from 'antd';
import { ProblemAlert } from './ProblemAlert';

interface FullPageErrorProps {
  title: string;
  error: unknown;
  onRetry?: () => void;
}

export function FullPageError({ title, error, onRetry }: FullPageErrorProps) {
  return (
    <Flex className="full-page" align="center" justify="center">
      <main className="full-page-panel">
        <ProblemAlert title={title} error={error} onRetry={onRetry} />
      </main>
    </Flex>
  );
}
