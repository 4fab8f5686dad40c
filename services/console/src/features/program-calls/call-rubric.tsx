import { useTranslation } from 'react-i18next';
import { evaluationApi } from '../../api/clients';
import { useResource } from '../../api/use-resource';
import { ResourceView } from '../../ui/resource-view';
import { DataTable } from '../../ui/data-table';

/** The rubric the call's applications are scored on: the program's default until the call defines its own, fixed once an evaluation opens. */
export function CallRubric({ callId }: { readonly callId: string }) {
  const { t } = useTranslation();
  const [rubric] = useResource(`call-rubric/${callId}`, (signal) =>
    evaluationApi.GET('/api/evaluation/calls/{callId}/rubric', { params: { path: { callId } }, signal }),
  );
  return (
    <section>
      <h2>{t('callRubric.title')}</h2>
      <ResourceView resource={rubric}>
        {({ rubric: current, source }) => (
          <>
            <p>
              {t(`callRubric.source.${source}`)}{' '}
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
          </>
        )}
      </ResourceView>
    </section>
  );
}
