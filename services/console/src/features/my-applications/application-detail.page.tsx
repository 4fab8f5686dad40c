import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { applicationsApi } from '../../api/clients';
import type { Application } from '../../api/types';
import { useResource } from '../../api/use-resource';
import { formatDateTime } from '../../format/when';
import { ApplicationContentView } from '../../ui/application-content';
import { BusinessPlanLink } from '../../ui/business-plan-link';
import { Alert } from '../../ui/alert';
import { PageTitle } from '../../ui/page-title';
import { ResourceView } from '../../ui/resource-view';
import { StatusBadge } from '../../ui/status-badge';
import { useLanguage } from '../../ui/use-language';
import { EvaluationFeedbackView } from './evaluation-feedback';
import { StatusTimeline } from '../../ui/status-timeline';

// The applicant may still change what they sent while it is a draft or came back for revision.
const EDITABLE: readonly Application['status'][] = ['drafted', 'returned-for-revision'];

export function ApplicationDetailPage() {
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
          <PageTitle>{current.title}</PageTitle>
          <p>
            <StatusBadge status={current.status} /> · {t('application.updatedAt')} {formatDateTime(current.updatedAt, language)}
          </p>
          {current.returnReason && current.status === 'returned-for-revision' && (
            <Alert tone="information">{t('application.returned', { reason: current.returnReason })}</Alert>
          )}
          {EDITABLE.includes(current.status) && (
            <Link className="button button--primary" to={`/applicant/applications/${encodeURIComponent(current.applicationId)}/edit`}>
              {t('application.edit')}
            </Link>
          )}
          {current.evaluation && <EvaluationFeedbackView applicationId={current.applicationId} />}
          <StatusTimeline applicationId={current.applicationId} />
          <BusinessPlanLink application={current} />
          <ApplicationContentView content={current.content} />
        </article>
      )}
    </ResourceView>
  );
}
