import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from './describeError';

interface ProblemAlertProps {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}

/** An API error as the user should see it: the server's detail and any field errors. */
export function ProblemAlert({ error, title, onRetry }: ProblemAlertProps) {
  const { t } = useTranslation();
  const { message, fieldErrors } = describeError(error, t);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title ?? t('errors.title')}
      description={
        <>
          <p className="problem-detail">{message}</p>
          {fieldErrors.length > 0 && (
            <>
              <p className="problem-detail">{t('errors.fieldErrors')}</p>
              <ul className="problem-fields">
                {fieldErrors.map((fieldError, index) => (
                  <li key={`${fieldError.field}-${index}`}>
                    {fieldError.field && <strong>{fieldError.field}: </strong>}
                    {fieldError.message}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      }
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {t('errors.retry')}
          </Button>
        )
      }
    />
  );
}
