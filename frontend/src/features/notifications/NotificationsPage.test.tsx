import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { bodiesSent, traineeMe } from '../../test/backend';
import { json, mockFetch } from '../../test/http';
import { renderApp } from '../../test/renderApp';
import { signedIn } from '../../test/session';

const NOTE = {
  id: 'journey:t01:1',
  recipientId: 't01',
  kind: 'JOURNEY',
  title: '需要补考',
  body: '请于 2026-10-10 前完成补考。',
  link: '/journey',
  source: 'journey',
  createdAt: '2026-10-07T08:00:00Z',
  readAt: null as string | null,
};

describe('notifications', () => {
  it('shows the unread count on the bell, lists notifications and marks one read', async () => {
    let read = false;
    const page = () => ({ items: [{ ...NOTE, readAt: read ? '2026-10-07T09:00:00Z' : null }], page: 0, size: 20, total: 1 });
    const fetchMock = mockFetch({
      'GET /api/v1/auth/config': json({ mode: 'dev' }),
      'GET /api/v1/me': json(traineeMe),
      'GET /api/v1/notifications?unread=true': () => json(read ? { items: [], page: 0, size: 20, total: 0 } : page()),
      'GET /api/v1/notifications': () => json(page()),
      [`POST /api/v1/notifications/${encodeURIComponent(NOTE.id)}/read`]: () => {
        read = true;
        return json({ ...NOTE, readAt: '2026-10-07T09:00:00Z' });
      },
    });
    signedIn();
    const user = userEvent.setup();
    renderApp('/');

    await user.click(await screen.findByRole('button', { name: '通知，1 条未读' }));
    expect(await screen.findByRole('heading', { level: 1, name: '通知' })).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(await within(main).findByText('需要补考')).toBeInTheDocument();
    await user.click(within(main).getByRole('button', { name: '标为已读' }));
    await waitFor(() => expect(screen.getByRole('button', { name: '通知，0 条未读' })).toBeInTheDocument());
    expect(within(main).getByText('已读')).toBeInTheDocument();
    expect(bodiesSent(fetchMock, 'POST', `/api/v1/notifications/${encodeURIComponent(NOTE.id)}/read`)).toHaveLength(1);
  });
});
