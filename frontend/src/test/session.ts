/** Starts the test as a signed-in user, the way a real sign-in leaves sessionStorage. */
export function signedIn(accessToken = 'test-token') {
  window.sessionStorage.setItem(
    'csr-academy.session',
    JSON.stringify({ accessToken, expiresAt: Date.now() + 3_600_000 }),
  );
}
