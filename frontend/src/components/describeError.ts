import type { TFunction } from 'i18next';
import { isApiError, type FieldError } from '../api/client';

export interface ErrorDescription {
  message: string;
  fieldErrors: FieldError[];
}

/** What to tell the user about a failed request: the server's own words when it gave some. */
export function describeError(error: unknown, t: TFunction): ErrorDescription {
  if (isApiError(error)) {
    if (error.isNetworkError) {
      return { message: t('errors.network'), fieldErrors: [] };
    }
    return {
      message: error.detail ?? error.title ?? t('errors.generic', { status: error.status }),
      fieldErrors: error.fieldErrors,
    };
  }
  // Not from our API (the identity provider, the browser): its own message is all there is.
  return { message: error instanceof Error && error.message ? error.message : t('errors.title'), fieldErrors: [] };
}
