import { json, mockFetch } from './http';

type Routes = Parameters<typeof mockFetch>[0];

export const traineeMe = {
  personId: 't01',
  username: 'he.xue',
  name: '何雪',
  roles: ['TRAINEE'],
  department: 'csc',
  branch: null,
  trainee: { category: 'A', cohort: 'c2026-11', startDate: '2026-11-02' },
  mentor: { personId: 'm01', name: '刘洋' },
};

export const headMe = {
  personId: 'h01',
  username: 'zhao.min',
  name: '赵敏',
  roles: ['DEPARTMENT_HEAD'],
  department: 'csc',
  branch: null,
  trainee: null,
  mentor: null,
};

/** The calls every signed-in page makes (auth mode, who am I, the bell), plus the test's own. */
export function mockBackend(me: unknown, routes: Routes) {
  return mockFetch({
    'GET /api/v1/auth/config': json({ mode: 'dev' }),
    'GET /api/v1/me': json(me),
    'GET /api/v1/notifications?unread=true': json({ items: [], page: 0, size: 20, total: 0 }),
    ...routes,
  });
}

/** The JSON bodies sent to one "METHOD /path", in order. */
export function bodiesSent(fetchMock: ReturnType<typeof mockFetch>, method: string, path: string): unknown[] {
  return fetchMock.mock.calls
    .filter(([url, init]) => url === path && (init?.method ?? 'GET').toUpperCase() === method)
    .map(([, init]) => (typeof init?.body === 'string' ? JSON.parse(init.body) : undefined));
}
