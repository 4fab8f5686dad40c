import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { applicationsApi } from '../../api/clients';
import { useResource } from '../../api/use-resource';
import { formatDateTime } from '../../format/when';
import { Alert } from '../../ui/alert';
import { ApplicationContentView } from '../../ui/application-content';
import { BusinessPlanLink } from '../../ui/business-plan-link';
import { PageTitle } from '../../ui/page-title';
import { ResourceView } from '../../ui/resource-view';
import { StatusBadge } from '../../ui/status-badge';
import { StatusTimeline } from '../../ui/status-timeline';
import { useLanguage } from '../../ui/use-language';
import { ScreeningActions } from './screening-actions';
import { ScreeningResultView } from './screening-result';

/** One application of the center, as its staff work on it: screening, return, the timeline, the consortium and the budget plan. */
export function CenterApplicationPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { applicationId = '' } = useParams();
  const [application, reload] = useResource(`application/${applicationId}`, (signal) =>
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
          {current.returnReason && current.status === 'returned-for-revision' && (
            <Alert tone="information">{t('application.returned', { reason: current.returnReason })}</Alert>
          )}
          <ScreeningActions application={current} onChanged={reload} />
          {current.screening && <ScreeningResultView screening={current.screening} />}
          {/* Keyed by version: an action that changes the application also reads its timeline again. */}
          <StatusTimeline key={current.version} applicationId={current.applicationId} />
          <ApplicationContentView content={current.content} />
          <BusinessPlanLink application={current} />
        </article>
      )}
    </ResourceView>
  );
}
