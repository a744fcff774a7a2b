import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Names the browser tab after the page, which is also what a screen reader announces on load. */
export function useDocumentTitle(pageTitle: string) {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    document.title = pageTitle === appName ? appName : `${pageTitle} · ${appName}`;
  }, [pageTitle, appName]);
}
