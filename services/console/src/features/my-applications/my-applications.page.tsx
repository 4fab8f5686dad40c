import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { applicationsApi } from '../../api/clients';
import { useResource } from '../../api/use-resource';
import { formatDate } from '../../format/when';
import { formatWon } from '../../format/won';
import { PageTitle } from '../../ui/page-title';
import { ResourceView } from '../../ui/resource-view';
import { StatusBadge } from '../../ui/status-badge';
import { useLanguage } from '../../ui/use-language';
import { DataTable } from '../../ui/data-table';

/** 내 신청: the applications of the applicant's firm, and the calls open now. */
export function MyApplicationsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [applications] = useResource('me/applications', (signal) =>
    applicationsApi.GET('/api/applications/me/applications', { params: { query: { limit: 100 } }, signal }),
  );
  const [calls] = useResource('calls', (signal) => applicationsApi.GET('/api/applications/calls', { params: { query: { limit: 100 } }, signal }));
  const callTitle = (callId: string) => (calls.state === 'loaded' ? calls.data.items.find((call) => call.callId === callId)?.title : undefined) ?? callId;
  // The moment the page opened decides which calls are open: a call closing while it is shown stays listed; the service decides whether a draft is still accepted.
  const [now] = useState(() => Date.now());

  return (
    <section>
      <PageTitle>{t('myApplications.title')}</PageTitle>
      <ResourceView resource={applications}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{t('myApplications.none')}</p>
          ) : (
            <DataTable
              label={t('myApplications.title')}
              columns={[
                { label: t('application.title') },
                { label: t('application.call') },
                { label: t('application.status') },
                { label: t('form.requestedAmount'), numeric: true },
                { label: t('application.draftedAt') },
                { label: t('application.submittedAt') },
              ]}
            >
              {page.items.map((item) => (
                <tr key={item.applicationId}>
                  <th scope="row">
                    <Link to={`/applicant/applications/${encodeURIComponent(item.applicationId)}`}>{item.title}</Link>
                  </th>
                  <td>{callTitle(item.callId)}</td>
                  <td>
                    <StatusBadge status={item.status} />
                  </td>
                  <td className="number">{formatWon(item.requestedAmount)}</td>
                  <td>{formatDate(item.draftedAt, language)}</td>
                  <td>{item.submittedAt ? formatDate(item.submittedAt, language) : '—'}</td>
                </tr>
              ))}
            </DataTable>
          )
        }
      </ResourceView>
      <h2>{t('myApplications.openCalls')}</h2>
      <ResourceView resource={calls}>
        {(page) => {
          const open = page.items.filter((call) => call.status === 'opened' && Date.parse(call.opensAt) <= now && now < Date.parse(call.closesAt));
          if (open.length === 0) return <p>{t('myApplications.noOpenCalls')}</p>;
          return (
            <ul className="card-list">
              {open.map((call) => (
                <li key={call.callId} className="card">
                  <h3>{call.title}</h3>
                  <p>
                    {t('myApplications.closesAt', { date: formatDate(call.closesAt, language) })} ·{' '}
                    {t('myApplications.cap', { amount: formatWon(call.capPerProject) })}
                  </p>
                  <Link className="button button--primary button--small" to={`/applicant/calls/${encodeURIComponent(call.callId)}/apply`}>
                    {t('myApplications.apply')}
                  </Link>
                </li>
              ))}
            </ul>
          );
        }}
      </ResourceView>
    </section>
  );
}
