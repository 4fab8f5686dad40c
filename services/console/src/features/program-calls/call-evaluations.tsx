import { useTranslation } from 'react-i18next';
import { evaluationApi } from '../../api/clients';
import { useConfirmCommand } from '../../api/use-confirm-command';
import type { EvaluationSummary } from '../../api/types';
import { useResource } from '../../api/use-resource';
import { ConfirmAction } from '../../ui/confirm-action';
import { ResourceView } from '../../ui/resource-view';
import { DataTable } from '../../ui/data-table';

/** A program manager may close an open evaluation once its rubric's quorum of sheets is sealed; the service decides, this only offers. */
const closable = ({ status, progress }: EvaluationSummary) => status === 'open' && progress !== null && progress.sealed >= progress.quorum;

/** The call's evaluations: how many sheets are sealed of how many, and closing those that have enough. */
export function CallEvaluations({ callId }: { readonly callId: string }) {
  const { t } = useTranslation();
  const [evaluations, reload] = useResource(`call-evaluations/${callId}`, (signal) =>
    evaluationApi.GET('/api/evaluation/evaluations', { params: { query: { callId, limit: 200 } }, signal }),
  );

  const confirm = useConfirmCommand();
  const close = (applicationId: string) =>
    confirm(() => evaluationApi.POST('/api/evaluation/evaluations/{applicationId}/close', { params: { path: { applicationId } } }), reload);

  return (
    <section>
      <h2>{t('callEvaluations.title')}</h2>
      <ResourceView resource={evaluations}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{t('callEvaluations.none')}</p>
          ) : (
            <DataTable
              label={t('callEvaluations.title')}
              stacked
              columns={[
                { label: t('workQueue.application') },
                { label: t('callEvaluations.center') },
                { label: t('workQueue.status') },
                { label: t('callEvaluations.progress') },
                { label: t('committees.actions') },
              ]}
            >
              {page.items.map((evaluation) => (
                <tr key={evaluation.applicationId}>
                  <th scope="row">
                    {evaluation.title ?? evaluation.applicationId}
                    {evaluation.title !== null && <span className="secondary-line">{evaluation.applicationId}</span>}
                  </th>
                  <td data-label={t('callEvaluations.center')}>{evaluation.centerId}</td>
                  <td data-label={t('workQueue.status')}>{t(`workQueue.states.${evaluation.status}`)}</td>
                  <td data-label={t('callEvaluations.progress')}>{evaluation.progress === null ? '—' : t('callEvaluations.sealedOf', evaluation.progress)}</td>
                  <td data-label={t('committees.actions')}>
                    {closable(evaluation) && (
                      <ConfirmAction
                        label={t('callEvaluations.close')}
                        accessibleLabel={t('callEvaluations.closeNamed', { title: evaluation.title ?? evaluation.applicationId })}
                        title={t('callEvaluations.closeTitle')}
                        body={t('callEvaluations.closeBody')}
                        confirmLabel={t('callEvaluations.close')}
                        onConfirm={() => close(evaluation.applicationId)}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </DataTable>
          )
        }
      </ResourceView>
    </section>
  );
}
