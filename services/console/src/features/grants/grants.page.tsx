import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { applicationsApi, grantsApi } from '../../api/clients';
import type { Grant } from '../../api/types';
import { useResource } from '../../api/use-resource';
import { formatWon } from '../../format/won';
import { DataTable } from '../../ui/data-table';
import { Field } from '../../ui/field';
import { PageTitle } from '../../ui/page-title';
import { ResourceView } from '../../ui/resource-view';
import { filterGrants } from './grant-filter';

const STATUSES = ['proposed', 'awarded', 'rejected', 'cancelled'] as const satisfies readonly Grant['status'][];

/** Every grant of the program, by call, status or words: the way in to one grant's page and its decision chain. */
export function GrantsPage() {
  const { t } = useTranslation();
  const [callId, setCallId] = useState('');
  const [status, setStatus] = useState<Grant['status'] | ''>('');
  const [text, setText] = useState('');
  const [calls] = useResource('calls', (signal) => applicationsApi.GET('/api/applications/calls', { params: { query: { limit: 200 } }, signal }));
  const [grants] = useResource(`grants/${callId}`, (signal) =>
    grantsApi.GET('/api/grants/grants', { params: { query: { limit: 200, ...(callId && { callId }) } }, signal }),
  );

  return (
    <section>
      <PageTitle>{t('grants.title')}</PageTitle>
      <p>{t('grants.intro')}</p>
      <form role="search" className="filters" onSubmit={(event) => event.preventDefault()}>
        <ResourceView resource={calls}>
          {(page) => (
            <Field label={t('grants.call')}>
              <select value={callId} onChange={(event) => setCallId(event.target.value)}>
                <option value="">{t('grants.allCalls')}</option>
                {page.items.map((call) => (
                  <option key={call.callId} value={call.callId}>
                    {call.title}
                  </option>
                ))}
              </select>
            </Field>
          )}
        </ResourceView>
        <Field label={t('grants.status')}>
          <select value={status} onChange={(event) => setStatus(STATUSES.find((value) => value === event.target.value) ?? '')}>
            <option value="">{t('grants.allStatuses')}</option>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`selection.grantStates.${value}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('grants.search')} hint={t('grants.searchHint')}>
          <input type="search" value={text} onChange={(event) => setText(event.target.value)} />
        </Field>
      </form>
      <ResourceView resource={grants}>
        {(page) => {
          const found = filterGrants(page.items, { status, text });
          return (
            <>
              <p aria-live="polite">{t('grants.found', { count: found.length })}</p>
              <DataTable
                label={t('grants.title')}
                stacked
                columns={[
                  { label: t('grants.recipient') },
                  { label: t('grants.call') },
                  { label: t('budget.line') },
                  { label: t('approvals.amount'), numeric: true },
                  { label: t('grant.disbursed'), numeric: true },
                  { label: t('grants.status') },
                ]}
              >
                {found.map((grant) => (
                  <tr key={grant.grantId}>
                    <th scope="row">
                      <Link to={`/grants/${grant.grantId}`}>{grant.recipient?.leadName ?? grant.applicationId}</Link>
                      <span className="secondary-line">{grant.agreement?.agreementNumber ?? grant.applicationId}</span>
                    </th>
                    <td data-label={t('grants.call')}>{grant.callId}</td>
                    <td data-label={t('budget.line')}>{grant.lineId}</td>
                    <td data-label={t('approvals.amount')} className="number">
                      {formatWon(grant.amount)}
                    </td>
                    <td data-label={t('grant.disbursed')} className="number">
                      {formatWon(grant.disbursed)}
                    </td>
                    <td data-label={t('grants.status')}>{t(`selection.grantStates.${grant.status}`)}</td>
                  </tr>
                ))}
              </DataTable>
            </>
          );
        }}
      </ResourceView>
    </section>
  );
}
