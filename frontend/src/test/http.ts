import { vi } from 'vitest';

export function json(body: unknown, status = 200, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

export function problem(status: number, body: Record<string, unknown>): Response {
  return json({ status, ...body }, status, 'application/problem+json');
}

type Handler = (request: { url: string; init: RequestInit; body: unknown }) => Response | Promise<Response>;

/**
 * Replaces fetch with a table of "METHOD /path" handlers. An unknown request fails the test
 * loudly instead of hanging.
 */
export function mockFetch(routes: Record<string, Handler | Response | (() => Response)>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = (init.method ?? 'GET').toUpperCase();
    const route = routes[`${method} ${url}`];
    if (!route) {
      throw new Error(`Unexpected request in test: ${method} ${url}`);
    }
    if (route instanceof Response) {
      return route.clone();
    }
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    return route({ url, init, body });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

export function authHeader(fetchMock: ReturnType<typeof mockFetch>, path: string): string | null {
  const call = fetchMock.mock.calls.find(([url]) => url === path);
  return call ? new Headers(call[1]?.headers).get('Authorization') : null;
}
