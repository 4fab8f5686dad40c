import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { formatWon } from '../../format/won';
import { needsRegistration, signInUrl } from '../../session/session';
import { useSession } from '../../session/session-context';
import { navigationFor } from '../../ui/navigation';
import { PageTitle } from '../../ui/page-title';
import { RegistrationPage } from '../registration/registration.page';

// The program's headline figures (DOMAIN.md); the services hold the amounts that decide anything.
const FIGURES = { yearlyBudget: 40_000_000_000, grantCap: 500_000_000, mentoring: 10_000_000, centers: 7 };

export function HomePage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const location = useLocation();
  const current = session.state === 'loaded' ? session.data : null;
  if (current !== null && needsRegistration(current)) return <RegistrationPage />;
  const links = current?.activeRole ? navigationFor(current.activeRole.role) : [];

  return (
    <section className="home">
      <PageTitle>{t('app.name')}</PageTitle>
      <p className="lead">{t('home.intro')}</p>
      <ul className="figures">
        <li>
          <strong>{formatWon(FIGURES.yearlyBudget)}</strong>
          <span>{t('home.figures.yearlyBudget')}</span>
        </li>
        <li>
          <strong>{formatWon(FIGURES.grantCap)}</strong>
          <span>{t('home.figures.grantCap')}</span>
        </li>
        <li>
          <strong>{formatWon(FIGURES.mentoring)}</strong>
          <span>{t('home.figures.mentoring')}</span>
        </li>
        <li>
          <strong>{FIGURES.centers}</strong>
          <span>{t('home.figures.centers')}</span>
        </li>
      </ul>
      <h2>{t('home.howTitle')}</h2>
      <p>{t('home.how')}</p>
      {current?.signedIn ? (
        <ul className="link-list">
          {links.map((link) => (
            <li key={link.to}>
              <Link to={link.to}>{t(link.label)}</Link>
            </li>
          ))}
        </ul>
      ) : (
        <a className="button button--primary" href={signInUrl(location.pathname)}>
          {t('home.signIn')}
        </a>
      )}
    </section>
  );
}
