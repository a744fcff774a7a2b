import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppProviders } from './app/AppProviders';
import { AppRoutes } from './app/AppRoutes';
import { createQueryClient } from './app/queryClient';
import { OIDC_SILENT_CALLBACK_PATH, finishSilentRenewInFrame } from './features/auth/oidc';
import './i18n';
import './app/app.css';

if (window.location.pathname === OIDC_SILENT_CALLBACK_PATH) {
  // Inside the hidden renew iframe: hand the answer to the app and render nothing.
  void finishSilentRenewInFrame();
} else {
  const queryClient = createQueryClient();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <BrowserRouter>
        <AppProviders queryClient={queryClient}>
          <AppRoutes />
        </AppProviders>
      </BrowserRouter>
    </StrictMode>,
  );
}
