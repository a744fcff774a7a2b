import { Route, Routes } from 'react-router';
import { AppShell } from '../components/AppShell';
import { NotFoundPage } from '../components/NotFoundPage';
import { AuthProvider } from '../features/auth/AuthProvider';
import { OidcCallbackPage } from '../features/auth/OidcCallbackPage';
import { OIDC_CALLBACK_PATH } from '../features/auth/oidc';
import { RequireAuth } from '../features/auth/RequireAuth';
import { SignInPage } from '../features/auth/SignInPage';
import { HomePage } from '../features/home/HomePage';

export function AppRoutes() {
  return (
    <AuthProvider>
      <Routes>
        <Route path="/login" element={<SignInPage />} />
        <Route path={OIDC_CALLBACK_PATH} element={<OidcCallbackPage />} />
        <Route
          element={
            <RequireAuth>
              <AppShell />
            </RequireAuth>
          }
        >
          <Route index element={<HomePage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </AuthProvider>
  );
}
