import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { applicationsApi } from '../../api/clients';
import { useResource } from '../../api/use-resource';
import { formatDateTime } from '../../format/when';
import { ApplicationContentView } from '../../ui/application-content';
import { PageTitle } from '../../ui/page-title';
import { ResourceView } from '../../ui/resource-view';
import { StatusBadge } from '../../ui/status-badge';
import { useLanguage } from '../../ui/use-language';

/** One application of the center, as its staff read it: the consortium and the budget plan. */
export function CenterApplicationPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { applicationId = '' } = useParams();
  const [application] = useResource(`application/${applicationId}`, (signal) =>
    applicationsApi.GET('/api/applications/applications/{applicationId}', { params: { path: { applicationId } }, signal }),
  );
  return (
    <ResourceView resource={application}>
      {(current) => (
        <article>
          <p>
            <Link to="/center/applications">{t('inbox.back')}</Link>
          </p>
          <PageTitle>{current.title}</PageTitle>
          <dl className="facts">
            <dt>{t('application.status')}</dt>
            <dd>
              <StatusBadge status={current.status} />
            </dd>
            <dt>{t('application.leadFirm')}</dt>
            <dd>{current.leadFirmName}</dd>
            <dt>{t('application.submittedAt')}</dt>
            <dd>{current.submittedAt ? formatDateTime(current.submittedAt, language) : '—'}</dd>
            <dt>{t('application.timesReturned')}</dt>
            <dd>{current.timesReturned}</dd>
          </dl>
          <ApplicationContentView content={current.content} />
        </article>
      )}
    </ResourceView>
  );
}
