import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { authHeader, json, mockFetch, problem } from '../../test/http';
import { renderApp } from '../../test/renderApp';
import { signedIn } from '../../test/session';
import { saveReturnPath } from './session';

const people = [
  { id: 't01', username: 'he.xue', name: '何雪', roles: ['TRAINEE'] },
  { id: 'm01', username: 'liu.yang', name: '刘洋', roles: ['MENTOR', 'QA_SPECIALIST'] },
  { id: 'head', username: 'zhou.min', name: '周敏', roles: ['DEPARTMENT_HEAD'] },
];

const heXue = {
  personId: 't01',
  username: 'he.xue',
  name: '何雪',
  roles: ['TRAINEE'],
  department: 'csc',
  branch: null,
  trainee: { category: 'A', cohort: 'c2026-11', startDate: '2026-11-02' },
  mentor: { personId: 'm01', name: '刘洋' },
};

function devBackend(extra: Parameters<typeof mockFetch>[0] = {}) {
  return mockFetch({
    'GET /api/v1/auth/config': json({ mode: 'dev' }),
    'GET /api/v1/dev/people': json(people),
    'POST /api/v1/dev/token': ({ body }) =>
      json({ access_token: `token-for-${(body as { personId: string }).personId}`, token_type: 'Bearer', expires_in: 3600 }),
    'GET /api/v1/me': json(heXue),
    ...extra,
  });
}

describe('sign-in page (dev mode)', () => {
  it('lists the demo people with their username and translated roles', async () => {
    devBackend();
    renderApp('/login');

    const list = await screen.findByRole('list', { name: '选择演示用户' });
    const buttons = within(list).getAllByRole('button');
    expect(buttons).toHaveLength(3);
    expect(within(list).getByText('何雪')).toBeInTheDocument();
    expect(within(list).getByText('he.xue')).toBeInTheDocument();
    expect(within(list).getByText('新客服代表')).toBeInTheDocument();
    expect(within(list).getByText('指导客服代表')).toBeInTheDocument();
    expect(within(list).getByText('质检专员')).toBeInTheDocument();
    expect(within(list).getByText('部门负责人')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /以 刘洋（liu\.yang）的身份登录/ })).toBeEnabled();
  });

  it('filters the list by name, username or role', async () => {
    devBackend();
    const user = userEvent.setup();
    renderApp('/login');

    await user.type(await screen.findByLabelText('搜索演示用户'), '质检');

    const list = screen.getByRole('list', { name: '选择演示用户' });
    expect(within(list).getAllByRole('button')).toHaveLength(1);
    expect(within(list).getByText('刘洋')).toBeInTheDocument();

    await user.clear(screen.getByLabelText('搜索演示用户'));
    await user.type(screen.getByLabelText('搜索演示用户'), 'nobody');
    expect(screen.getByText('没有匹配的用户')).toBeInTheDocument();
  });

  it('clicking a person stores their token and opens the home page', async () => {
    const fetchMock = devBackend();
    const user = userEvent.setup();
    renderApp('/login');

    await user.click(await screen.findByRole('button', { name: /何雪/ }));

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/$/));
    const stored = JSON.parse(window.sessionStorage.getItem('csr-academy.session') ?? '{}');
    expect(stored.accessToken).toBe('token-for-t01');
    expect(stored.expiresAt).toBeGreaterThan(Date.now());
    const tokenCall = fetchMock.mock.calls.find(([url]) => url === '/api/v1/dev/token');
    expect(JSON.parse(String(tokenCall?.[1]?.body))).toEqual({ personId: 't01' });

    expect(await screen.findByRole('heading', { level: 1, name: '您好，何雪' })).toBeInTheDocument();
    expect(authHeader(fetchMock, '/api/v1/me')).toBe('Bearer token-for-t01');
  });

  it('returns to the page the user was on before signing in', async () => {
    devBackend();
    const user = userEvent.setup();
    saveReturnPath('/reports?cohort=c2026-11');
    renderApp('/login');

    await user.click(await screen.findByRole('button', { name: /周敏/ }));

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/reports?cohort=c2026-11'));
  });

  it('shows the detail of a refused sign-in', async () => {
    devBackend({
      'POST /api/v1/dev/token': problem(404, { title: 'Not Found', detail: '没有编号为 t01 的演示用户。' }),
    });
    const user = userEvent.setup();
    renderApp('/login');

    await user.click(await screen.findByRole('button', { name: /何雪/ }));

    expect(await screen.findByRole('alert')).toHaveTextContent('没有编号为 t01 的演示用户。');
    expect(window.sessionStorage.getItem('csr-academy.session')).toBeNull();
  });
});

describe('sign-in page (oidc mode)', () => {
  it('offers single sign-on instead of the demo list', async () => {
    mockFetch({
      'GET /api/v1/auth/config': json({
        mode: 'oidc',
        issuer: 'https://sso.example/realms/academy',
        clientId: 'academy-spa',
        scopes: 'openid profile',
      }),
    });
    renderApp('/login');

    expect(await screen.findByRole('button', { name: /使用统一身份认证登录/ })).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: '选择演示用户' })).not.toBeInTheDocument();
  });
});

describe('protected pages', () => {
  it('send a signed-out visitor to sign-in and remember where they were', async () => {
    devBackend();
    renderApp('/some/page?tab=2');

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/login'));
    expect(window.sessionStorage.getItem('csr-academy.returnPath')).toBe('/some/page?tab=2');
  });

  it('go back to sign-in on a 401 and say the session expired', async () => {
    devBackend({ 'GET /api/v1/me': problem(401, { title: 'Unauthorized', detail: 'Jwt expired' }) });
    signedIn('stale');
    renderApp('/');

    expect(await screen.findByText('登录已过期，请重新登录。')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/login');
    expect(window.sessionStorage.getItem('csr-academy.session')).toBeNull();
    expect(window.sessionStorage.getItem('csr-academy.returnPath')).toBe('/');
  });
});
