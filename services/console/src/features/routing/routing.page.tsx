import { PROVINCES } from '@yunghap/kernel';
import { useTranslation } from 'react-i18next';
import { centersApi } from '../../api/clients';
import { useResource } from '../../api/use-resource';
import { formatDateTime } from '../../format/when';
import { DataTable } from '../../ui/data-table';
import { PageTitle } from '../../ui/page-title';
import { ResourceView } from '../../ui/resource-view';
import { useLanguage } from '../../ui/use-language';
import { ReassignForm } from './reassign-form';

/**
 * Which center receives each province's applications, and every change with its reason: a
 * reassignment applies to applications submitted from then on, those already routed stay.
 */
export function RoutingPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [routing, reload] = useResource('routing', (signal) => centersApi.GET('/api/centers/routing', { signal }));
  const [centers] = useResource('centers', (signal) => centersApi.GET('/api/centers/centers', { params: { query: { limit: 200 } }, signal }));

  return (
    <section>
      <PageTitle>{t('routing.title')}</PageTitle>
      <p>{t('routing.intro')}</p>
      <ResourceView resource={centers}>
        {(centerPage) => (
          <ResourceView resource={routing}>
            {(current) => {
              const regionOf = (centerId: string | null) => centerPage.items.find((center) => center.centerId === centerId)?.regionName ?? centerId ?? '—';
              return (
                <>
                  <p>{t('routing.inForce', { version: current.mappingVersion, since: formatDateTime(current.effectiveAt, language) })}</p>
                  <DataTable label={t('routing.mapping')} columns={[{ label: t('routing.province') }, { label: t('routing.center') }]}>
                    {PROVINCES.map((province) => (
                      <tr key={province}>
                        <th scope="row">{t(`provinces.${province}`)}</th>
                        <td>{regionOf(current.provinces[province] ?? null)}</td>
                      </tr>
                    ))}
                  </DataTable>
                  <ReassignForm centers={centerPage.items} onReassigned={reload} />
                  <h2>{t('routing.history')}</h2>
                  <DataTable
                    label={t('routing.history')}
                    stacked
                    columns={[
                      { label: t('routing.version'), numeric: true },
                      { label: t('routing.effectiveAt') },
                      { label: t('routing.change') },
                      { label: t('routing.reason') },
                      { label: t('routing.changedBy') },
                    ]}
                  >
                    {[...current.changes].reverse().map((change) => (
                      <tr key={change.mappingVersion}>
                        <th scope="row" className="number">
                          {change.mappingVersion}
                        </th>
                        <td data-label={t('routing.effectiveAt')}>{formatDateTime(change.effectiveAt, language)}</td>
                        <td data-label={t('routing.change')}>
                          {change.province === null
                            ? t('routing.initial')
                            : t('routing.moved', {
                                province: t(`provinces.${change.province}`),
                                from: regionOf(change.fromCenterId),
                                to: regionOf(change.toCenterId),
                              })}
                        </td>
                        <td data-label={t('routing.reason')}>{change.reason}</td>
                        <td data-label={t('routing.changedBy')}>{change.changedBy}</td>
                      </tr>
                    ))}
                  </DataTable>
                </>
              );
            }}
          </ResourceView>
        )}
      </ResourceView>
    </section>
  );
}
