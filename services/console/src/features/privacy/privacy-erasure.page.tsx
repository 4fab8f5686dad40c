import { useTranslation } from 'react-i18next';
import { Resource, useResource } from '../../api/use-resource';
import { useSession } from '../../session/session-context';
import { Alert } from '../../ui/alert';
import { PageTitle } from '../../ui/page-title';
import { listErasures } from './erasure-api';
import { ErasureRequest, ErasureService, pendingFirst, ServiceErasureRequest } from './erasure-subjects';
import { ErasureRequestsTable } from './erasure-requests-table';
import { ProposeErasureForm } from './propose-erasure-form';

/**
 * Personal data erasure (docs/audit.md §7): the requests of the three services that hold personal
 * data, in one list. A program manager proposes one once the retention period ended and a second
 * one approves it, which destroys the person's key for good; auditors read the list.
 */
export function PrivacyErasurePage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const decides = session.state === 'loaded' && session.data.activeRole?.role === 'program-manager';
  const [centers, reloadCenters] = useResource('privacy/erasure/centers', (signal) => listErasures('centers', signal));
  const [evaluation, reloadEvaluation] = useResource('privacy/erasure/evaluation', (signal) => listErasures('evaluation', signal));
  const [mentoring, reloadMentoring] = useResource('privacy/erasure/mentoring', (signal) => listErasures('mentoring', signal));
  const reload = () => {
    reloadCenters();
    reloadEvaluation();
    reloadMentoring();
  };

  // Each service answers for itself: one that cannot be read is said so, the others' requests still shown.
  const byService: readonly [ErasureService, Resource<{ readonly items: readonly ErasureRequest[] }>][] = [
    ['centers', centers],
    ['evaluation', evaluation],
    ['mentoring', mentoring],
  ];
  const loading = byService.some(([, resource]) => resource.state === 'loading');
  const requests: ServiceErasureRequest[] = byService.flatMap(([service, resource]) =>
    resource.state === 'loaded' ? resource.data.items.map((request) => ({ service, request })) : [],
  );

  return (
    <section>
      <PageTitle>{t('privacy.title')}</PageTitle>
      <p>{t('privacy.intro')}</p>
      {decides && <ProposeErasureForm onProposed={reload} />}
      <h2>{t('privacy.listTitle')}</h2>
      {byService.map(([service, resource]) =>
        resource.state === 'failed' ? (
          <Alert key={service} tone="danger">
            {t('privacy.unreadable', { service: t(`privacy.services.${service}`), detail: resource.problem.detail || t('common.unexpected') })}
          </Alert>
        ) : null,
      )}
      {loading ? (
        <p aria-live="polite">{t('common.loading')}</p>
      ) : requests.length === 0 ? (
        <p>{t('privacy.none')}</p>
      ) : (
        <ErasureRequestsTable requests={pendingFirst(requests)} decides={decides} onDecided={reload} />
      )}
    </section>
  );
}
