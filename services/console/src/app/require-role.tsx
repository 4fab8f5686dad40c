import type { HumanRole } from '@yunghap/kernel';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router-dom';
import { ForbiddenPage } from '../features/errors/forbidden.page';
import { RegistrationPage } from '../features/registration/registration.page';
import { accessTo, signInUrl } from '../session/session';
import { useSession } from '../session/session-context';
import { ResourceView } from '../ui/resource-view';

/** The pages under it open for `roles` only: sign-in first, registration for a person without a role, 403 for other roles. */
export function RequireRole({ roles }: { readonly roles: readonly HumanRole[] }) {
  const { session } = useSession();
  return <ResourceView resource={session}>{(current) => <Gate access={accessTo(current, roles)} />}</ResourceView>;
}

function Gate({ access }: { readonly access: ReturnType<typeof accessTo> }) {
  switch (access) {
    case 'sign-in':
      return <SignInRedirect />;
    case 'register':
      return <RegistrationPage />;
    case 'forbidden':
      return <ForbiddenPage />;
    case 'allowed':
      return <Outlet />;
  }
}

function SignInRedirect() {
  const { t } = useTranslation();
  const location = useLocation();
  const target = signInUrl(location.pathname + location.search);
  useEffect(() => window.location.assign(target), [target]);
  return <p aria-live="polite">{t('common.redirectingToSignIn')}</p>;
}
