import { useTranslation } from 'react-i18next';
import { centersApi, evaluationApi } from '../../api/clients';
import { useResource } from '../../api/use-resource';
import { ResourceView } from '../../ui/resource-view';
import { CommitteePanel } from './committee-panel';
import { FormCommittee } from './form-committee';

/** The committees of a call, one per center or one shared, each staffed and given its deadline here. */
export function CallCommittees({ callId }: { readonly callId: string }) {
  const { t } = useTranslation();
  const [committees, reload] = useResource(`committees/${callId}`, (signal) =>
    evaluationApi.GET('/api/evaluation/committees', { params: { query: { callId, limit: 200 } }, signal }),
  );
  const [centers] = useResource('centers', (signal) => centersApi.GET('/api/centers/centers', { params: { query: { limit: 200 } }, signal }));
  return (
    <section>
      <h2>{t('committees.title')}</h2>
      <ResourceView resource={centers}>
        {(centerPage) => (
          <ResourceView resource={committees}>
            {(page) => {
              const regionOf = (centerId: string) => centerPage.items.find((center) => center.centerId === centerId)?.regionName ?? centerId;
              return (
                <>
                  {page.items.length === 0 && <p>{t('committees.none')}</p>}
                  {page.items.map((committee) => (
                    <CommitteePanel
                      key={committee.committeeId}
                      committee={committee}
                      name={
                        committee.scope.kind === 'center' ? t('committees.ofCenter', { region: regionOf(committee.scope.centerId) }) : t('committees.shared')
                      }
                      onChanged={reload}
                    />
                  ))}
                  <FormCommittee callId={callId} centers={centerPage.items} committees={page.items} onFormed={reload} />
                </>
              );
            }}
          </ResourceView>
        )}
      </ResourceView>
    </section>
  );
}
