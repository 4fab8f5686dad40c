import { useTranslation } from 'react-i18next';
import { evaluationApi } from '../../api/clients';
import { useResource } from '../../api/use-resource';
import { ResourceView } from '../../ui/resource-view';
import { DataTable } from '../../ui/data-table';
import { rubricDraftOf } from './rubric-draft';
import { RubricForm } from './rubric-form';

/**
 * The rubric the call's applications are scored on: the program's default until the call defines
 * its own (here, once), fixed once an evaluation opens.
 */
export function CallRubric({ callId }: { readonly callId: string }) {
  const { t } = useTranslation();
  const [rubric, reload] = useResource(`call-rubric/${callId}`, (signal) =>
    evaluationApi.GET('/api/evaluation/calls/{callId}/rubric', { params: { path: { callId } }, signal }),
  );
  return (
    <section>
      <h2>{t('callRubric.title')}</h2>
      <ResourceView resource={rubric}>
        {({ rubric: current, source, locked }) => (
          <>
            <p>
              {t(`callRubric.source.${source}`)} {locked && t('callRubric.locked')}{' '}
              {t('callRubric.rules', { passThreshold: current.passThreshold, quorum: current.quorum, trimFrom: current.trimFrom })}
            </p>
            <DataTable
              label={t('callRubric.title')}
              columns={[
                { label: t('callRubric.criterion') },
                { label: t('callRubric.weight'), numeric: true },
                { label: t('callRubric.minimum'), numeric: true },
              ]}
            >
              {current.criteria.map((criterion) => (
                <tr key={criterion.id}>
                  <th scope="row">{criterion.name}</th>
                  <td className="number">{criterion.weight}</td>
                  <td className="number">{criterion.minimumPercent} %</td>
                </tr>
              ))}
            </DataTable>
            {source === 'default' && !locked && <RubricForm callId={callId} start={rubricDraftOf(current)} onDefined={reload} />}
          </>
        )}
      </ResourceView>
    </section>
  );
}
