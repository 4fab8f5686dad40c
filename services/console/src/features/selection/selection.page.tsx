import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { applicationsApi, grantsApi } from '../../api/clients';
import { useResource } from '../../api/use-resource';
import { formatWon } from '../../format/won';
import { PageTitle } from '../../ui/page-title';
import { ResourceView } from '../../ui/resource-view';
import { DataTable } from '../../ui/data-table';
import { useLanguage } from '../../ui/use-language';
import { pointsOf } from './points';
import { WhatIf } from './what-if';

/** A call's selection: the committee's ranking, what the budget reaches, and the awards proposed (each a separate four-eyes decision). */
export function SelectionPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { callId = '' } = useParams();
  const [call] = useResource(`program-call/${callId}`, (signal) =>
    applicationsApi.GET('/api/applications/calls/{callId}', { params: { path: { callId } }, signal }),
  );
  const [candidates] = useResource(`candidates/${callId}`, (signal) =>
    grantsApi.GET('/api/grants/calls/{callId}/candidates', { params: { path: { callId }, query: { limit: 200 } }, signal }),
  );
  const [grants, reloadGrants] = useResource(`call-grants/${callId}`, (signal) =>
    grantsApi.GET('/api/grants/grants', { params: { query: { callId, limit: 200 } }, signal }),
  );

  return (
    <ResourceView resource={call}>
      {(current) => (
        <article>
          <p>
            <Link to={`/program/calls/${encodeURIComponent(callId)}`}>{t('selection.back', { title: current.title })}</Link>
          </p>
          <PageTitle>{t('selection.title', { title: current.title })}</PageTitle>
          <ResourceView resource={candidates}>
            {(page) => {
              const titleOf = (applicationId: string) => page.items.find((candidate) => candidate.applicationId === applicationId)?.title ?? applicationId;
              const ranked = page.items.filter((candidate) => candidate.totalHundredths !== null);
              return (
                <>
                  <section>
                    <h2>{t('selection.ranking')}</h2>
                    {ranked.length === 0 ? (
                      <p>{t('selection.noneEvaluated')}</p>
                    ) : (
                      <DataTable
                        label={t('selection.ranking')}
                        stacked
                        columns={[
                          { label: t('selection.rank') },
                          { label: t('workQueue.application') },
                          { label: t('selection.total'), numeric: true },
                          { label: t('selection.outcome') },
                          { label: t('selection.requested'), numeric: true },
                        ]}
                      >
                        {ranked.map((candidate) => (
                          <tr key={candidate.applicationId}>
                            <td data-label={t('selection.rank')}>{candidate.rank ?? '—'}</td>
                            <th scope="row">{candidate.title ?? candidate.applicationId}</th>
                            <td data-label={t('selection.total')} className="number">
                              {candidate.totalHundredths === null ? '—' : pointsOf(candidate.totalHundredths, language)}
                            </td>
                            <td data-label={t('selection.outcome')}>{t(candidate.passed ? 'selection.passed' : 'selection.failed')}</td>
                            <td data-label={t('selection.requested')} className="number">
                              {candidate.requestedWon === null ? '—' : formatWon(candidate.requestedWon)}
                            </td>
                          </tr>
                        ))}
                      </DataTable>
                    )}
                  </section>
                  <WhatIf callId={callId} defaultLineId={current.budgetLineId} titleOf={titleOf} onProposed={reloadGrants} />
                  <section>
                    <h2>{t('selection.proposed')}</h2>
                    <ResourceView resource={grants}>
                      {(grantPage) =>
                        grantPage.items.length === 0 ? (
                          <p>{t('selection.noneProposed')}</p>
                        ) : (
                          <DataTable
                            label={t('selection.proposed')}
                            stacked
                            columns={[
                              { label: t('workQueue.application') },
                              { label: t('selection.amount'), numeric: true },
                              { label: t('selection.line') },
                              { label: t('selection.grantStatus') },
                              { label: t('selection.proposedBy') },
                            ]}
                          >
                            {grantPage.items.map((grant) => (
                              <tr key={grant.grantId}>
                                <th scope="row">
                                  <Link to={`/grants/${grant.grantId}`}>{titleOf(grant.applicationId)}</Link>
                                </th>
                                <td data-label={t('selection.amount')} className="number">
                                  {formatWon(grant.amount)}
                                </td>
                                <td data-label={t('selection.line')}>{grant.lineId}</td>
                                <td data-label={t('selection.grantStatus')}>{t(`selection.grantStates.${grant.status}`)}</td>
                                <td data-label={t('selection.proposedBy')}>{grant.proposedBy}</td>
                              </tr>
                            ))}
                          </DataTable>
                        )
                      }
                    </ResourceView>
                  </section>
                </>
              );
            }}
          </ResourceView>
        </article>
      )}
    </ResourceView>
  );
}
