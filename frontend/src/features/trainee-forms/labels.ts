import type { FormStatus } from './api';

export const STATUS_COLORS: Record<FormStatus, string> = {
  DRAFT: 'default',
  SUBMITTED: 'blue',
  ACCEPTED: 'green',
  RETURNED: 'orange',
};
