import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { bodiesSent, mockBackend, traineeMe } from '../../test/backend';
import { json } from '../../test/http';
import { renderApp } from '../../test/renderApp';
import { signedIn } from '../../test/session';

const LESSON = {
  id: 'systems.mobile-app',
  courseId: 'systems',
  title: '手机APP',
  order: 3,
  minutes: 30,
  seedRef: null,
  markdown: '## 登录\n\n使用**资金账号**登录。\n\n<script>window.hacked = true</script><img src=x onerror="alert(1)">',
};

function curriculum(completedAt: string | null) {
  return {
    traineeId: 't01',
    category: 'A',
    completionPercent: completedAt ? 100 : 0,
    courses: [
      {
        courseId: 'systems',
        title: '系统软件',
        area: 'SYSTEMS',
        order: 2,
        exemptible: false,
        exempted: false,
        completedLessons: completedAt ? 1 : 0,
        totalLessons: 1,
        completionPercent: completedAt ? 100 : 0,
        lessons: [{ lessonId: LESSON.id, title: LESSON.title, order: 3, minutes: 30, openedAt: null, completedAt, secondsSpent: 0 }],
      },
    ],
  };
}

const PROGRESS_URL = `/api/v1/trainees/t01/lessons/${LESSON.id}/progress`;

describe('lesson page', () => {
  it('renders the Markdown without raw HTML, reports OPENED, and COMPLETED with the button', async () => {
    let completed = false;
    const fetchMock = mockBackend(traineeMe, {
      [`GET /api/v1/courses/systems/lessons/${LESSON.id}`]: json(LESSON),
      'GET /api/v1/trainees/t01/curriculum': () => json(curriculum(completed ? '2026-11-20T02:00:00Z' : null)),
      [`POST ${PROGRESS_URL}`]: ({ body }) => {
        if ((body as { event: string }).event === 'COMPLETED') completed = true;
        return json({});
      },
    });
    signedIn();
    const user = userEvent.setup();
    renderApp(`/courses/systems/lessons/${LESSON.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: '手机APP' })).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(within(main).getByRole('heading', { level: 2, name: '登录' })).toBeInTheDocument();
    expect(within(main).getByText('资金账号').tagName).toBe('STRONG');
    expect(main.querySelector('script, img')).toBeNull();
    await waitFor(() => expect(bodiesSent(fetchMock, 'POST', PROGRESS_URL)).toEqual([{ event: 'OPENED', seconds: 0 }]));

    await user.click(await within(main).findByRole('button', { name: '标记为已完成' }));
    expect(await within(main).findByText(/已于 .* 完成/)).toBeInTheDocument();
    expect(bodiesSent(fetchMock, 'POST', PROGRESS_URL).at(-1)).toEqual({ event: 'COMPLETED', seconds: 0 });
  });

  it('sends a heartbeat every 60 s while the page is visible, none while hidden', async () => {
    // Only the interval is faked: Testing Library and antd keep their real timeouts.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const fetchMock = mockBackend(traineeMe, {
        [`GET /api/v1/courses/systems/lessons/${LESSON.id}`]: json(LESSON),
        'GET /api/v1/trainees/t01/curriculum': json(curriculum(null)),
        [`POST ${PROGRESS_URL}`]: json({}),
      });
      signedIn();
      renderApp(`/courses/systems/lessons/${LESSON.id}`);
      await screen.findByRole('heading', { level: 1, name: '手机APP' });
      await waitFor(() => expect(bodiesSent(fetchMock, 'POST', PROGRESS_URL)).toHaveLength(1));

      act(() => vi.advanceTimersByTime(60_000));
      await waitFor(() =>
        expect(bodiesSent(fetchMock, 'POST', PROGRESS_URL).at(-1)).toEqual({ event: 'HEARTBEAT', seconds: 60 }),
      );

      const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
      act(() => vi.advanceTimersByTime(120_000));
      expect(bodiesSent(fetchMock, 'POST', PROGRESS_URL)).toHaveLength(2);
      visibility.mockRestore();
    } finally {
      vi.useRealTimers();
    }
  });

  it('lists courses with completion and the exempted badge', async () => {
    const data = curriculum(null);
    data.courses.push({ ...data.courses[0], courseId: 'securities-basics', title: '证券基础知识', exempted: true, completionPercent: 100, lessons: [] });
    mockBackend(traineeMe, { 'GET /api/v1/trainees/t01/curriculum': json(data) });
    signedIn();
    renderApp('/courses');

    const heading = await screen.findByRole('heading', { level: 2, name: '证券基础知识' });
    expect(within(heading.closest('.ant-card') as HTMLElement).getByText('已免修')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '手机APP' })).toHaveAttribute('href', `/courses/systems/lessons/${LESSON.id}`);
    expect(screen.getByRole('progressbar', { name: '系统软件 完成度' })).toBeInTheDocument();
  });
});
