import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = currentLanguage(i18n.language) === 'ko' ? 'en' : 'ko';
  return (
    <button type="button" className="button button--text button--small" lang={other} onClick={() => void i18n.changeLanguage(other)}>
      {t(`language.switchTo.${other}`)}
    </button>
  );
}
