import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router-dom';
import { LiveProvider } from '../live/live-context';
import { LiveNotice } from '../live/live-notice';
import { Footer } from './footer';
import { Header } from './header';

export function Layout() {
  const { t } = useTranslation();
  return (
    <LiveProvider>
      <a className="skip-link" href="#main">
        {t('a11y.skipToContent')}
      </a>
      <Header />
      <LiveNotice />
      <main id="main" className="container" tabIndex={-1}>
        <Outlet />
      </main>
      <Footer />
    </LiveProvider>
  );
}
