import { useEffect, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useAuth } from './authContext';
import { saveReturnPath, sessionStore } from './session';

/** Renders its children only with a live session; otherwise remembers the page and goes to sign-in. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { session } = useAuth();
  const location = useLocation();
  if (!session) {
    return <RedirectToSignIn from={location.pathname + location.search + location.hash} />;
  }
  return children;
}

function RedirectToSignIn({ from }: { from: string }) {
  const navigate = useNavigate();
  useEffect(() => {
    const reason = sessionStore.lastEndReason();
    if (reason !== 'signedOut') {
      saveReturnPath(from);
    }
    navigate('/login', { replace: true, state: reason ? { reason } : null });
  }, [from, navigate]);
  return null;
}
