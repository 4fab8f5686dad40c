import { useTranslation } from 'react-i18next';
import { signOut } from '../session/auth-api';

export function SignOutButton() {
  const { t } = useTranslation();
  // A full page load after signing out drops every answer the console held for the person; the
  // provider's end-session page, when it has one, ends the sign-in there too.
  const leave = async () => {
    const result = await signOut();
    window.location.assign(result.data?.logoutUrl ?? '/');
  };
  return (
    <button type="button" className="button button--secondary button--small" onClick={() => void leave()}>
      {t('header.signOut')}
    </button>
  );
}
