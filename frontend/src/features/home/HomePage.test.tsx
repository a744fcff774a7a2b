import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '../../test/http';
import { renderApp } from '../../test/renderApp';
import { signedIn } from '../../test/session';

const admin = {
  personId: 'admin',
  username: 'admin',
  name: '系统管理员',
  roles: ['ADMIN'],
  department: null,
  branch: null,
  trainee: null,
  mentor: null,
};

function backendWithMe(me: Response) {
  return mockFetch({ 'GET /api/v1/auth/config': json({ mode: 'dev' }), 'GET /api/v1/me': me });
}

describe('home page', () => {
  it('shows a trainee their category, cohort, start date and mentor', async () => {
    backendWithMe(
      json({
        personId: 't07',
        username: 'sun.li',
        name: '孙丽',
        roles: ['TRAINEE'],
        department: 'csc',
        branch: null,
        trainee: { category: 'B', cohort: 'c2026-11', startDate: '2026-11-02' },
        mentor: { personId: 'm02', name: '王强' },
      }),
    );
    signedIn();
    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: '您好，孙丽' })).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(within(main).getByText('sun.li')).toBeInTheDocument();
    expect(within(main).getByText('新客服代表')).toBeInTheDocument();
    expect(within(main).getByText('客户服务中心')).toBeInTheDocument();
    expect(within(main).getByText('B类')).toBeInTheDocument();
    expect(within(main).getByText(/具有证券行业从业经历/)).toBeInTheDocument();
    expect(within(main).getByText('c2026-11')).toBeInTheDocument();
    expect(within(main).getByText('2026年11月2日')).toBeInTheDocument();
    expect(within(main).getByText('王强')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: '我指导的新客服代表' })).not.toBeInTheDocument();
  });

  it('shows a mentor their mentees and no training card', async () => {
    backendWithMe(
      json({
        personId: 'm01',
        username: 'liu.yang',
        name: '刘洋',
        roles: ['MENTOR', 'QA_SPECIALIST'],
        department: 'csc',
        branch: 'br-futian',
        trainee: null,
        mentor: null,
        mentees: [
          { personId: 't01', name: '何雪' },
          { personId: 't02', name: '张伟' },
        ],
      }),
    );
    signedIn();
    renderApp('/');

    const heading = await screen.findByRole('heading', { name: '我指导的新客服代表' });
    const card = heading.closest('.ant-card') as HTMLElement;
    expect(within(card).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['何雪', '张伟']);
    expect(screen.getByText('质检专员')).toBeInTheDocument();
    expect(screen.getByText('br-futian')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: '培训信息' })).not.toBeInTheDocument();
  });

  it('shows the server detail when the profile cannot be loaded', async () => {
    backendWithMe(
      problem(403, {
        type: 'https://csr-academy.example/problems/no-person',
        title: 'Forbidden',
        detail: '您的账号尚未关联到人员档案，请联系培训专员。',
      }),
    );
    signedIn();
    renderApp('/');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('无法加载您的信息');
    expect(alert).toHaveTextContent('您的账号尚未关联到人员档案，请联系培训专员。');
    expect(within(alert).getByRole('button', { name: /重试/ })).toBeInTheDocument();
  });

  it('has the app landmarks and the home entry in the navigation', async () => {
    backendWithMe(json(admin));
    signedIn();
    const user = userEvent.setup();
    renderApp('/');

    await screen.findByRole('heading', { level: 1, name: '您好，系统管理员' });
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');
    expect(screen.getByRole('link', { name: '跳到主要内容' })).toHaveAttribute('href', '#main-content');
    expect(screen.getByRole('button', { name: '退出登录' })).toBeInTheDocument();

    // Narrow screens (jsdom matches no media query) keep the menu in a drawer behind a button.
    const menuButton = screen.getByRole('button', { name: '打开导航菜单' });
    expect(menuButton).toHaveAttribute('aria-expanded', 'false');
    await user.click(menuButton);
    const nav = await screen.findByRole('navigation', { name: '主导航' });
    expect(within(nav).getByRole('menuitem', { name: /首页/ })).toBeInTheDocument();
    expect(menuButton).toHaveAttribute('aria-expanded', 'true');
  });

  it('signs out back to the sign-in page', async () => {
    mockFetch({
      'GET /api/v1/auth/config': json({ mode: 'dev' }),
      'GET /api/v1/me': json(admin),
      'GET /api/v1/dev/people': json([]),
    });
    signedIn();
    const user = userEvent.setup();
    renderApp('/');

    await user.click(await screen.findByRole('button', { name: '退出登录' }));

    expect(await screen.findByText('您已退出登录。')).toBeInTheDocument();
    expect(window.sessionStorage.getItem('csr-academy.session')).toBeNull();
    expect(window.sessionStorage.getItem('csr-academy.returnPath')).toBeNull();
  });
});
