import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import trainingEn from './locales/training.en.json';
import trainingZhCN from './locales/training.zh-CN.json';
import zhCN from './locales/zh-CN.json';
import rolesEn from './locales/roles.en.json';
import rolesZhCN from './locales/roles.zh-CN.json';
import dashboardEn from './locales/dashboard.en.json';
import dashboardZhCN from './locales/dashboard.zh-CN.json';
import traineeFormsEn from './locales/traineeForms.en.json';
import traineeFormsZhCN from './locales/traineeForms.zh-CN.json';

export const SUPPORTED_LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';
export const LANGUAGE_STORAGE_KEY = 'csr-academy.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

function readStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be unavailable (private mode, sandboxed iframe): fall back to the default.
    return DEFAULT_LANGUAGE;
  }
}

function applyLanguage(language: string) {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not persisting the choice is acceptable; the switch still works for this page.
  }
}

void i18n.use(initReactI18next).init({
  resources: {
    'zh-CN': { translation: { ...zhCN, ...rolesZhCN, ...trainingZhCN, ...dashboardZhCN, ...traineeFormsZhCN } },
    en: { translation: { ...en, ...rolesEn, ...trainingEn, ...dashboardEn, ...traineeFormsEn } },
  },
  lng: readStoredLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...SUPPORTED_LANGUAGES],
  load: 'currentOnly',
  interpolation: { escapeValue: false },
});

document.documentElement.lang = i18n.language;
i18n.on('languageChanged', applyLanguage);

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

export default i18n;
