import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageTitle } from '../../ui/page-title';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section>
      <PageTitle>{t('errors.notFound.title')}</PageTitle>
      <p>{t('errors.notFound.body')}</p>
      <Link to="/">{t('errors.backHome')}</Link>
    </section>
  );
}
