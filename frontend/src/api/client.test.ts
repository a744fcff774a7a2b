import { beforeEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, problem } from '../test/http';
import { api, ApiError, configureApiClient } from './client';

describe('api client', () => {
  const onUnauthorized = vi.fn();

  beforeEach(() => {
    onUnauthorized.mockReset();
    configureApiClient({ getAccessToken: () => 'token-123', onUnauthorized });
  });

  it('turns a problem+json 403 into an ApiError with its detail and field errors', async () => {
    mockFetch({
      'POST /api/v1/things': problem(403, {
        type: 'https://csr-academy.example/problems/not-your-mentee',
        title: 'Forbidden',
        detail: '您只能查看自己指导的新客服代表。',
        errors: [
          { field: 'traineeId', message: '不是您的学员' },
          { field: 'score', message: '必须在 0 到 100 之间' },
        ],
      }),
    });

    const error = await api.post('/api/v1/things', { traineeId: 't02' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(403);
    expect(apiError.type).toBe('https://csr-academy.example/problems/not-your-mentee');
    expect(apiError.title).toBe('Forbidden');
    expect(apiError.detail).toBe('您只能查看自己指导的新客服代表。');
    expect(apiError.message).toBe('您只能查看自己指导的新客服代表。');
    expect(apiError.fieldErrors).toEqual([
      { field: 'traineeId', message: '不是您的学员' },
      { field: 'score', message: '必须在 0 到 100 之间' },
    ]);
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('sends the Bearer token and JSON, and parses the JSON answer', async () => {
    const fetchMock = mockFetch({
      'POST /api/v1/echo': ({ body }) => json({ received: body }),
    });

    await expect(api.post('/api/v1/echo', { a: 1 })).resolves.toEqual({ received: { a: 1 } });

    const headers = new Headers(fetchMock.mock.calls[0][1]?.headers);
    expect(headers.get('Authorization')).toBe('Bearer token-123');
    expect(headers.get('Content-Type')).toBe('application/json');
    expect(headers.get('Accept')).toContain('application/problem+json');
  });

  it('sends no token for public endpoints', async () => {
    const fetchMock = mockFetch({ 'GET /api/v1/auth/config': json({ mode: 'dev' }) });

    await api.get('/api/v1/auth/config', { auth: false });

    expect(new Headers(fetchMock.mock.calls[0][1]?.headers).has('Authorization')).toBe(false);
  });

  it('reports a 401 on an authenticated request as signed out', async () => {
    mockFetch({ 'GET /api/v1/me': problem(401, { title: 'Unauthorized', detail: 'Token expired' }) });

    await expect(api.get('/api/v1/me')).rejects.toMatchObject({ status: 401, detail: 'Token expired' });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('keeps the status when the error body is not problem+json', async () => {
    mockFetch({
      'GET /api/v1/broken': () => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
    });

    const error = (await api.get('/api/v1/broken').catch((e: unknown) => e)) as ApiError;

    expect(error.status).toBe(502);
    expect(error.detail).toBeUndefined();
    expect(error.fieldErrors).toEqual([]);
  });

  it('marks a failed connection as a network error', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));

    const error = (await api.get('/api/v1/me').catch((e: unknown) => e)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.isNetworkError).toBe(true);
  });

  it('returns undefined for 204 No Content', async () => {
    mockFetch({ 'DELETE /api/v1/things/1': () => new Response(null, { status: 204 }) });

    await expect(api.delete('/api/v1/things/1')).resolves.toBeUndefined();
  });
});
