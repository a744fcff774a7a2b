import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../i18n';
import { json, mockFetch } from '../test/http';
import { renderApp } from '../test/renderApp';
import { signedIn } from '../test/session';

const mentor = {
  personId: 'm01',
  username: 'liu.yang',
  name: '刘洋',
  roles: ['MENTOR'],
  department: 'csc',
  branch: null,
  trainee: null,
  mentor: null,
  mentees: [{ personId: 't01', name: '何雪' }],
};

describe('language switch', () => {
  it('switches the visible text to English and back, and remembers the choice', async () => {
    mockFetch({
      'GET /api/v1/auth/config': json({ mode: 'dev' }),
      'GET /api/v1/me': json(mentor),
    });
    signedIn();
    const user = userEvent.setup();
    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: '您好，刘洋' })).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByRole('button', { name: '退出登录' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '我指导的新客服代表' })).toBeInTheDocument();

    const switcher = screen.getByRole('radiogroup', { name: '界面语言' });
    await user.click(within(switcher).getByText('English'));

    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, 刘洋' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'My mentees' })).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    expect(screen.getAllByText('Mentor').length).toBeGreaterThan(0);
    expect(screen.getByRole('radiogroup', { name: 'Interface language' })).toBeInTheDocument();
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');

    await user.click(within(screen.getByRole('radiogroup', { name: 'Interface language' })).getByText('中文'));

    expect(await screen.findByRole('heading', { level: 1, name: '您好，刘洋' })).toBeInTheDocument();
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('zh-CN');
  });

  it('is on the sign-in page too', async () => {
    mockFetch({
      'GET /api/v1/auth/config': json({ mode: 'dev' }),
      'GET /api/v1/dev/people': json([{ id: 't01', username: 'he.xue', name: '何雪', roles: ['TRAINEE'] }]),
    });
    const user = userEvent.setup();
    renderApp('/login');

    expect(await screen.findByRole('heading', { level: 1, name: '登录' })).toBeInTheDocument();
    await user.click(within(screen.getByRole('radiogroup', { name: '界面语言' })).getByText('English'));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(await screen.findByText('New representative')).toBeInTheDocument();
  });
});
