import { useTranslation } from 'react-i18next';
import { applicationsApi } from '../api/clients';
import { useResource } from '../api/use-resource';
import { formatDateTime } from '../format/when';
import { ResourceView } from './resource-view';
import { useLanguage } from './use-language';

/** What happened to the application, oldest first, as the applications service recorded it. */
export function StatusTimeline({ applicationId }: { readonly applicationId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [timeline] = useResource(`timeline/${applicationId}`, (signal) =>
    applicationsApi.GET('/api/applications/applications/{applicationId}/timeline', { params: { path: { applicationId } }, signal }),
  );
  return (
    <section>
      <h2>{t('timeline.title')}</h2>
      <ResourceView resource={timeline}>
        {(current) => (
          <ol className="timeline">
            {current.events.map((event) => (
              <li key={event.eventId}>
                <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, language)}</time> {t(`timeline.events.${event.type}`)}
              </li>
            ))}
          </ol>
        )}
      </ResourceView>
    </section>
  );
}
