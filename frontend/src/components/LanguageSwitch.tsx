import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage, SUPPORTED_LANGUAGES, type Language } from '../i18n';

/** Switches the interface language; i18n persists the choice in localStorage. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Segmented<Language>
      size="small"
      aria-label={t('language.label')}
      value={currentLanguage()}
      onChange={(language) => void i18n.changeLanguage(language)}
      options={SUPPORTED_LANGUAGES.map((language) => ({
        value: language,
        label: <span lang={language}>{t(`language.${language}`)}</span>,
      }))}
    />
  );
}
