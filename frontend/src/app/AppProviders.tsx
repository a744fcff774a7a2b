import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * antd's default link blue, its error red (a form field's error message: 3.3:1) and its secondary, description and
 * placeholder greys fall below WCAG AA contrast (4.5:1; the end-to-end tests' axe check finds them): darker here
 * (the error red is 5.6:1 on white), and so are the hover colours antd derives lighter. Tag texts are darkened in
 * app.css.
 */
const theme = {
  token: {
    colorPrimary: '#1664d9',
    // antd derives lighter hover colours (white on the primary hover blue: 3.7:1); darker ones keep 4.5:1
    colorPrimaryHover: '#1254b8',
    colorPrimaryActive: '#0e4496',
    colorLink: '#1664d9',
    colorLinkHover: '#1254b8',
    colorError: '#cf1322',
    colorErrorHover: '#a8071a',
    borderRadius: 6,
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
  },
};

/**
 * antd spaces out a two-character Chinese button label ("确 认"), which then no longer matches an aria-label
 * that contains it (axe: label-content-name-mismatch) and reads oddly: never.
 */
const button = { autoInsertSpace: false };

/** Everything the pages rely on except routing: data, antd's locale, theme and button spacing. */
export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={theme} button={button}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
