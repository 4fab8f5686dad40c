import { useTranslation } from 'react-i18next';
import type { ApplicationStatus } from '../api/types';

export function StatusBadge({ status }: { readonly status: ApplicationStatus }) {
  const { t } = useTranslation();
  return <span className="badge">{t(`status.${status}`)}</span>;
}
