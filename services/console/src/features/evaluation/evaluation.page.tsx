import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { applicationsApi, evaluationApi } from '../../api/clients';
import type { Application, EvaluationDetail } from '../../api/types';
import { useResource } from '../../api/use-resource';
import { Alert } from '../../ui/alert';
import { ApplicationContentView } from '../../ui/application-content';
import { BusinessPlanLink } from '../../ui/business-plan-link';
import { PageTitle } from '../../ui/page-title';
import { ResourceView } from '../../ui/resource-view';
import { Recusal } from './recusal';
import { ScoresheetForm } from './scoresheet-form';

/** The evaluation as the member works on it: their own sheet while it is open (the service shows no one else's before the close). */
function Evaluating({ evaluation, application }: { readonly evaluation: EvaluationDetail; readonly application: Application }) {
  const { t } = useTranslation();
  const [recused, setRecused] = useState(false);
  if (recused) return <Alert tone="information">{t('recusal.done')}</Alert>;
  if (evaluation.status !== 'open' || evaluation.rubric === null || evaluation.scores.stage !== 'scoring')
    return <Alert tone="information">{t('evaluation.notOpen', { status: t(`workQueue.states.${evaluation.status}`) })}</Alert>;
  return (
    <>
      <ScoresheetForm applicationId={evaluation.applicationId} criteria={evaluation.rubric.criteria} saved={evaluation.scores.ownSheet} />
      {evaluation.committeeId !== null && <Recusal committeeId={evaluation.committeeId} content={application.content} onRecused={() => setRecused(true)} />}
    </>
  );
}

/** A committee member's evaluation of one application: its content, then their scoresheet and the conflict-of-interest declaration. */
export function EvaluationPage() {
  const { t } = useTranslation();
  const { applicationId = '' } = useParams();
  const [evaluation] = useResource(`evaluation/${applicationId}`, (signal) =>
    evaluationApi.GET('/api/evaluation/evaluations/{applicationId}', { params: { path: { applicationId } }, signal }),
  );
  const [application] = useResource(`application/${applicationId}`, (signal) =>
    applicationsApi.GET('/api/applications/applications/{applicationId}', { params: { path: { applicationId } }, signal }),
  );
  return (
    <ResourceView resource={application}>
      {(current) => (
        <article>
          <p>
            <Link to="/committee/work-queue">{t('evaluation.back')}</Link>
          </p>
          <PageTitle>{t('evaluation.title', { title: current.title })}</PageTitle>
          <ApplicationContentView content={current.content} />
          <BusinessPlanLink application={current} />
          <ResourceView resource={evaluation}>{(detail) => <Evaluating evaluation={detail} application={current} />}</ResourceView>
        </article>
      )}
    </ResourceView>
  );
}
