import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { switchRole } from '../session/auth-api';
import { roleLabel } from '../session/role-label';
import type { Session } from '../session/session';
import { useSession } from '../session/session-context';

const keyOf = (option: { role: string; centerId?: string }) => `${option.role}|${option.centerId ?? ''}`;

export function RoleSwitcher({ session }: { readonly session: Session }) {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const navigate = useNavigate();
  const id = useId();
  const [busy, setBusy] = useState(false);

  const choose = async (key: string) => {
    const option = session.roles.find((candidate) => keyOf(candidate) === key);
    if (option === undefined) return;
    setBusy(true);
    await switchRole(option.role, option.centerId);
    setBusy(false);
    refresh();
    navigate('/');
  };

  return (
    <span className="role-switcher">
      <label htmlFor={id}>{t('header.activeRole')}</label>
      <select id={id} value={session.activeRole ? keyOf(session.activeRole) : ''} disabled={busy} onChange={(event) => void choose(event.target.value)}>
        {session.roles.map((option) => (
          <option key={keyOf(option)} value={keyOf(option)}>
            {roleLabel(option, t)}
          </option>
        ))}
      </select>
    </span>
  );
}
