/**
 * The one way the app talks to the backend: JSON over fetch, the Bearer token added,
 * RFC 9457 problem details turned into a typed {@link ApiError}.
 */

export interface FieldError {
  field: string;
  message: string;
}

export interface ProblemDetail {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

/** Status 0 means the request never got an HTTP answer (network down, CORS, server gone). */
export const NETWORK_ERROR_STATUS = 0;

export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly title?: string;
  readonly detail?: string;
  readonly fieldErrors: FieldError[];
  readonly problem?: ProblemDetail;

  constructor(status: number, problem?: ProblemDetail, options?: { cause?: unknown }) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`, options);
    this.name = 'ApiError';
    this.status = status;
    this.type = problem?.type ?? 'about:blank';
    this.title = problem?.title;
    this.detail = problem?.detail;
    this.fieldErrors = problem?.errors ?? [];
    this.problem = problem;
  }

  get isNetworkError(): boolean {
    return this.status === NETWORK_ERROR_STATUS;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export interface ApiClientConfig {
  /** The current access token, or null when signed out. */
  getAccessToken: () => string | null;
  /** Called once per 401 answer to an authenticated request, before the error is thrown. */
  onUnauthorized: () => void;
}

let clientConfig: ApiClientConfig = {
  getAccessToken: () => null,
  onUnauthorized: () => {},
};

export function configureApiClient(config: Partial<ApiClientConfig>): void {
  clientConfig = { ...clientConfig, ...config };
}

export interface RequestOptions extends Omit<RequestInit, 'body'> {
  /** Sent as JSON; a FormData is sent as multipart/form-data as it is. */
  body?: unknown;
  /** Whether to send the Bearer token and treat 401 as "signed out". Default true. */
  auth?: boolean;
  /**
   * 'text' returns the body as it came (a CSV, a GIFT file) instead of parsing JSON; 'blob' returns the bytes
   * (a PDF, an XLSX) and asks for any type.
   */
  responseType?: 'json' | 'text' | 'blob';
}

export async function apiFetch<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { body, auth = true, headers, responseType = 'json', ...init } = options;
  const requestHeaders = new Headers(headers);
  if (!requestHeaders.has('Accept')) {
    requestHeaders.set(
      'Accept',
      responseType === 'blob' ? '*/*' : 'application/json, application/problem+json',
    );
  }
  const multipart = body instanceof FormData;
  if (body !== undefined && !multipart) {
    requestHeaders.set('Content-Type', 'application/json');
  }
  if (auth) {
    const token = clientConfig.getAccessToken();
    if (token) {
      requestHeaders.set('Authorization', `Bearer ${token}`);
    }
  }

  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: requestHeaders,
      body: body === undefined ? undefined : multipart ? body : JSON.stringify(body),
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') {
      throw cause;
    }
    throw new ApiError(NETWORK_ERROR_STATUS, undefined, { cause });
  }

  if (!response.ok) {
    const error = new ApiError(response.status, await readProblem(response));
    if (response.status === 401 && auth) {
      clientConfig.onUnauthorized();
    }
    throw error;
  }

  if (responseType === 'blob') {
    return (await response.blob()) as T;
  }
  const text = response.status === 204 ? '' : await response.text();
  if (responseType === 'text') {
    return text as T;
  }
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => apiFetch<T>(path, { ...options, method: 'GET' }),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    apiFetch<T>(path, { ...options, method: 'POST', body }),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    apiFetch<T>(path, { ...options, method: 'PUT', body }),
  delete: <T>(path: string, options?: RequestOptions) => apiFetch<T>(path, { ...options, method: 'DELETE' }),
};

async function readProblem(response: Response): Promise<ProblemDetail | undefined> {
  const contentType = response.headers.get('Content-Type') ?? '';
  if (!/application\/(problem\+)?json/i.test(contentType)) {
    return { status: response.status, title: response.statusText || undefined };
  }
  let parsed: unknown;
  try {
    parsed = await response.json();
  } catch {
    return { status: response.status };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { status: response.status };
  }
  const raw = parsed as Record<string, unknown>;
  return {
    ...raw,
    type: optionalString(raw.type),
    title: optionalString(raw.title),
    status: typeof raw.status === 'number' ? raw.status : response.status,
    detail: optionalString(raw.detail),
    instance: optionalString(raw.instance),
    errors: fieldErrors(raw.errors),
  };
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function fieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) {
    return [];
  }
  return value.flatMap((entry) => {
    if (typeof entry !== 'object' || entry === null) {
      return [];
    }
    const { field, message } = entry as Record<string, unknown>;
    if (typeof message !== 'string') {
      return [];
    }
    return [{ field: typeof field === 'string' ? field : '', message }];
  });
}
