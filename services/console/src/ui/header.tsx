import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router-dom';
import { roleLabel } from '../session/role-label';
import { useSession } from '../session/session-context';
import { signInUrl } from '../session/session';
import { LanguageSwitch } from './language-switch';
import { navigationFor } from './navigation';
import { RoleSwitcher } from './role-switcher';
import { SignOutButton } from './sign-out-button';

export function Header() {
  const { t } = useTranslation();
  const { session } = useSession();
  const location = useLocation();
  const current = session.state === 'loaded' ? session.data : null;
  const links = current?.activeRole ? navigationFor(current.activeRole.role) : [];

  return (
    <header className="site-header">
      <div className="site-header__bar container">
        <Link to="/" className="site-header__title">
          {t('app.name')}
        </Link>
        <div className="site-header__tools">
          <LanguageSwitch />
          {current?.signedIn ? (
            <>
              <span className="site-header__person">
                <span className="visually-hidden">{t('header.signedInAs')} </span>
                {current.user?.name}
                {current.activeRole && current.roles.length <= 1 && <span className="site-header__role"> · {roleLabel(current.activeRole, t)}</span>}
              </span>
              {current.roles.length > 1 && <RoleSwitcher session={current} />}
              <SignOutButton />
            </>
          ) : (
            current !== null && (
              <a className="button button--primary button--small" href={signInUrl(location.pathname + location.search)}>
                {t('header.signIn')}
              </a>
            )
          )}
        </div>
      </div>
      {links.length > 0 && (
        <nav className="site-nav" aria-label={t('header.navigation')}>
          <ul className="site-nav__list container">
            {links.map((link) => (
              <li key={link.to}>
                <NavLink to={link.to}>{t(link.label)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
