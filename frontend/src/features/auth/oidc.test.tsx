import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch } from '../../test/http';
import { renderApp } from '../../test/renderApp';
import { completeOidcSignIn, startOidcSignIn } from './oidc';
import { saveReturnPath } from './session';

vi.mock('./oidc', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./oidc')>()),
  startOidcSignIn: vi.fn(() => new Promise<void>(() => {})),
  completeOidcSignIn: vi.fn(),
}));

const oidcConfig = {
  mode: 'oidc',
  issuer: 'https://sso.example/realms/academy',
  clientId: 'academy-spa',
  scopes: 'openid profile',
};

describe('OIDC sign-in', () => {
  beforeEach(() => {
    mockFetch({
      'GET /api/v1/auth/config': json(oidcConfig),
      'GET /api/v1/me': json({
        personId: 't01',
        username: 'he.xue',
        name: '何雪',
        roles: ['TRAINEE'],
        department: 'csc',
        branch: null,
        trainee: null,
        mentor: null,
      }),
    });
  });

  it('starts the code flow with the page to come back to', async () => {
    saveReturnPath('/courses/systems');
    const user = userEvent.setup();
    renderApp('/login');

    await user.click(await screen.findByRole('button', { name: /使用统一身份认证登录/ }));

    expect(startOidcSignIn).toHaveBeenCalledWith(expect.objectContaining({ clientId: 'academy-spa' }), '/courses/systems');
  });

  it('completes the callback: stores the access token and returns to the saved page', async () => {
    vi.mocked(completeOidcSignIn).mockResolvedValue({
      user: { access_token: 'oidc-access-token', token_type: 'Bearer', expires_in: 300 } as never,
      returnPath: '/courses/systems',
    });
    renderApp('/auth/callback?code=abc&state=xyz');

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/courses/systems'));
    const stored = JSON.parse(window.sessionStorage.getItem('csr-academy.session') ?? '{}');
    expect(stored.accessToken).toBe('oidc-access-token');
  });

  it('explains a failed callback and offers the way back', async () => {
    vi.mocked(completeOidcSignIn).mockRejectedValue(new Error('No matching state found in storage'));
    renderApp('/auth/callback?code=abc&state=stale');

    expect(await screen.findByRole('heading', { name: '登录未能完成' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('No matching state found in storage');
    expect(screen.getByRole('button', { name: '返回登录页' })).toBeInTheDocument();
  });
});
