import type { FormInstance } from 'antd';
import { isApiError } from '../../api/client';

/** Puts the server's field errors (RFC 9457 `errors`) next to the form fields they name. */
export function showFieldErrors<T>(form: FormInstance<T>, error: unknown, fields: readonly string[]) {
  if (!isApiError(error)) return;
  form.setFields(
    error.fieldErrors
      .filter((fieldError) => fields.includes(fieldError.field))
      .map((fieldError) => ({ name: fieldError.field as never, errors: [fieldError.message] })),
  );
}
