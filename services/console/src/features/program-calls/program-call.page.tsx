import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { applicationsApi } from '../../api/clients';
import { useResource } from '../../api/use-resource';
import { formatDateTime } from '../../format/when';
import { formatWon } from '../../format/won';
import { PageTitle } from '../../ui/page-title';
import { ResourceView } from '../../ui/resource-view';
import { useLanguage } from '../../ui/use-language';
import { AmendCallForm } from './amend-call-form';
import { callPhase } from './call-phase';
import { CallCommittees } from './call-committees';
import { CallEvaluations } from './call-evaluations';
import { CallRubric } from './call-rubric';
import { CloseCall } from './close-call';

/** One call as its program manager runs it: its terms, its committees, and how far each evaluation is. */
export function ProgramCallPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { callId = '' } = useParams();
  // An amendment appends one event to the call: the version it leaves is the one read before, plus one.
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const [call, reload] = useResource(`program-call/${callId}`, (signal) =>
    applicationsApi.GET('/api/applications/calls/{callId}', { params: { path: { callId } }, signal }),
  );
  return (
    <ResourceView resource={call}>
      {(current) => (
        <article>
          <p>
            <Link to="/program/calls">{t('programCalls.back')}</Link>
          </p>
          <PageTitle>{current.title}</PageTitle>
          <dl className="facts">
            <dt>{t('programCalls.callId')}</dt>
            <dd>{current.callId}</dd>
            <dt>{t('programCalls.window')}</dt>
            <dd>
              {formatDateTime(current.opensAt, language)} – {formatDateTime(current.closesAt, language)}
            </dd>
            <dt>{t('programCalls.status')}</dt>
            <dd>{t(`programCalls.states.${callPhase(current, new Date())}`)}</dd>
            {current.closeReason !== null && (
              <>
                <dt>{t('closeCall.reason')}</dt>
                <dd>{current.closeReason}</dd>
              </>
            )}
            <dt>{t('programCalls.line')}</dt>
            <dd>{current.budgetLineId}</dd>
            <dt>{t('programCalls.cap')}</dt>
            <dd>{formatWon(current.capPerProject)}</dd>
          </dl>
          {['upcoming', 'accepting'].includes(callPhase(current, new Date())) && (
            <>
              <AmendCallForm
                key={current.version}
                call={current}
                saved={savedVersion === current.version}
                onAmended={() => {
                  setSavedVersion(current.version + 1);
                  reload();
                }}
              />
              <CloseCall callId={current.callId} onClosed={reload} />
            </>
          )}
          <p>
            <Link to={`/program/calls/${encodeURIComponent(current.callId)}/selection`}>{t('selection.link')}</Link>
          </p>
          <CallRubric callId={current.callId} />
          <CallCommittees callId={current.callId} />
          <CallEvaluations callId={current.callId} />
        </article>
      )}
    </ResourceView>
  );
}
