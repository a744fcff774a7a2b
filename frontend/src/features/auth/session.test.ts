import { describe, expect, it } from 'vitest';
import { isExpired, isSafeReturnPath, saveReturnPath, sessionStore, takeReturnPath } from './session';

describe('session', () => {
  it('accepts only same-origin paths as return paths', () => {
    expect(isSafeReturnPath('/')).toBe(true);
    expect(isSafeReturnPath('/trainees/t01?tab=quiz#top')).toBe(true);
    expect(isSafeReturnPath('//evil.example/')).toBe(false);
    expect(isSafeReturnPath('/\\evil.example')).toBe(false);
    expect(isSafeReturnPath('https://evil.example/')).toBe(false);
    expect(isSafeReturnPath('/login')).toBe(false);
    expect(isSafeReturnPath('/auth/callback?code=x')).toBe(false);
    expect(isSafeReturnPath(null)).toBe(false);
  });

  it('uses a saved return path once', () => {
    saveReturnPath('/reports');
    expect(takeReturnPath()).toBe('/reports');
    expect(takeReturnPath()).toBe('/');
  });

  it('gives no token once the session has expired', () => {
    sessionStore.start('abc', 3600);
    expect(sessionStore.accessToken()).toBe('abc');
    const session = sessionStore.current()!;
    expect(isExpired(session, session.expiresAt! + 1)).toBe(true);
    expect(isExpired(session, Date.now())).toBe(false);

    sessionStore.end('signedOut');
    expect(sessionStore.accessToken()).toBeNull();
    expect(sessionStore.lastEndReason()).toBe('signedOut');
  });
});
