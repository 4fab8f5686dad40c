import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageTitle } from '../../ui/page-title';

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <section>
      <PageTitle>{t('errors.forbidden.title')}</PageTitle>
      <p>{t('errors.forbidden.body')}</p>
      <Link to="/">{t('errors.backHome')}</Link>
    </section>
  );
}
