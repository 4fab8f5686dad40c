import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Resource } from '../api/use-resource';
import { Alert } from './alert';

/** Shows a resource's data through `children`, a loading line, or its problem in the alert region. */
export function ResourceView<T>({ resource, children }: { readonly resource: Resource<T>; readonly children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (resource.state === 'loading') return <p aria-live="polite">{t('common.loading')}</p>;
  if (resource.state === 'failed') return <Alert tone="danger">{resource.problem.detail || t('common.unexpected')}</Alert>;
  return <>{children(resource.data)}</>;
}
