import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { applicationsApi } from '../../api/clients';
import { useResource } from '../../api/use-resource';
import { useSession } from '../../session/session-context';
import { ResourceView } from '../../ui/resource-view';
import { ApplicationForm } from './application-form';
import { newDraft, draftOf } from './form-draft';

/** A new application for an open call (`calls/:callId/apply`), or a draft (or returned one) to change (`applications/:applicationId/edit`). */
export function ApplicationFormPage() {
  const { applicationId } = useParams();
  return applicationId === undefined ? <NewApplication /> : <ExistingApplication applicationId={applicationId} />;
}

function NewApplication() {
  const { t } = useTranslation();
  const { callId = '' } = useParams();
  const { session } = useSession();
  const firmId = session.state === 'loaded' ? (session.data.activeRole?.firmId ?? '') : '';
  const [call] = useResource(`call/${callId}`, (signal) => applicationsApi.GET('/api/applications/calls/{callId}', { params: { path: { callId } }, signal }));
  return (
    <ResourceView resource={call}>
      {(current) => <ApplicationForm key={callId} heading={t('form.newTitle', { call: current.title })} call={current} initial={newDraft(firmId)} />}
    </ResourceView>
  );
}

function ExistingApplication({ applicationId }: { readonly applicationId: string }) {
  const { t } = useTranslation();
  const [application] = useResource(`application/${applicationId}`, (signal) =>
    applicationsApi.GET('/api/applications/applications/{applicationId}', { params: { path: { applicationId } }, signal }),
  );
  const callId = application.state === 'loaded' ? application.data.callId : '';
  const [call] = useResource(`call/${callId}`, (signal) =>
    callId === '' ? new Promise<never>(() => undefined) : applicationsApi.GET('/api/applications/calls/{callId}', { params: { path: { callId } }, signal }),
  );
  return (
    <ResourceView resource={application}>
      {(current) => (
        <ResourceView resource={call}>
          {(currentCall) => (
            <ApplicationForm
              key={applicationId}
              heading={t('form.editTitle', { title: current.title })}
              call={currentCall}
              initial={draftOf(current)}
              saved={current}
            />
          )}
        </ResourceView>
      )}
    </ResourceView>
  );
}
