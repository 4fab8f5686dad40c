import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { applicationsApi } from '../../api/clients';
import { APPLICATION_STATUSES, ApplicationStatus } from '../../api/types';
import { useResource } from '../../api/use-resource';
import { formatDate } from '../../format/when';
import { formatWon } from '../../format/won';
import { useSession } from '../../session/session-context';
import { PageTitle } from '../../ui/page-title';
import { ResourceView } from '../../ui/resource-view';
import { StatusBadge } from '../../ui/status-badge';
import { useLanguage } from '../../ui/use-language';
import { DataTable } from '../../ui/data-table';

const PAGE_SIZE = 50;

/** The center's inbox: its own applications, filtered by call and status, searched by title, firm or registration number. */
export function CenterInboxPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { session } = useSession();
  const centerId = session.state === 'loaded' ? (session.data.activeRole?.centerId ?? '') : '';
  // The filters live in the address, so a filtered inbox can be bookmarked and comes back on "back".
  const [params, setParams] = useSearchParams();
  const callId = params.get('callId') ?? '';
  const status = APPLICATION_STATUSES.find((candidate) => candidate === params.get('status'));
  const q = params.get('q') ?? '';
  const offset = Number(params.get('offset') ?? '0') || 0;
  const [search, setSearch] = useState(q);

  const [calls] = useResource('calls', (signal) => applicationsApi.GET('/api/applications/calls', { params: { query: { limit: 100 } }, signal }));
  const [inbox] = useResource(`inbox/${centerId}?${params.toString()}`, (signal) =>
    applicationsApi.GET('/api/applications/centers/{centerId}/applications', {
      params: { path: { centerId }, query: { callId: callId || undefined, status, q: q || undefined, limit: PAGE_SIZE, offset } },
      signal,
    }),
  );

  const filter = (change: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries({ ...change, offset: change['offset'] ?? '' })) {
      if (value === '') next.delete(key);
      else next.set(key, value);
    }
    setParams(next);
  };
  const applySearch = (event: FormEvent) => {
    event.preventDefault();
    filter({ q: search.trim() });
  };

  return (
    <section>
      <PageTitle>{t('inbox.title')}</PageTitle>
      <form className="filters" onSubmit={applySearch} role="search">
        <div className="field">
          <label htmlFor="inbox-call">{t('application.call')}</label>
          <select id="inbox-call" value={callId} onChange={(event) => filter({ callId: event.target.value })}>
            <option value="">{t('inbox.allCalls')}</option>
            {calls.state === 'loaded' &&
              calls.data.items.map((call) => (
                <option key={call.callId} value={call.callId}>
                  {call.title}
                </option>
              ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="inbox-status">{t('application.status')}</label>
          <select id="inbox-status" value={status ?? ''} onChange={(event) => filter({ status: event.target.value })}>
            <option value="">{t('inbox.allStatuses')}</option>
            {APPLICATION_STATUSES.map((value: ApplicationStatus) => (
              <option key={value} value={value}>
                {t(`status.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="inbox-search">{t('inbox.search')}</label>
          <p id="inbox-search-hint" className="field__hint">
            {t('inbox.searchHint')}
          </p>
          <input id="inbox-search" type="search" value={search} onChange={(event) => setSearch(event.target.value)} aria-describedby="inbox-search-hint" />
        </div>
        <button type="submit" className="button button--secondary">
          {t('inbox.searchButton')}
        </button>
      </form>
      <ResourceView resource={inbox}>
        {(page) => (
          <>
            <p aria-live="polite">{t('inbox.showing', { from: page.items.length === 0 ? 0 : page.offset + 1, to: page.offset + page.items.length })}</p>
            {page.items.length > 0 && (
              <DataTable
                label={t('inbox.title')}
                columns={[
                  { label: t('application.title') },
                  { label: t('application.leadFirm') },
                  { label: t('application.status') },
                  { label: t('form.requestedAmount'), numeric: true },
                  { label: t('application.submittedAt') },
                ]}
              >
                {page.items.map((item) => (
                  <tr key={item.applicationId}>
                    <th scope="row">
                      <Link to={`/center/applications/${encodeURIComponent(item.applicationId)}`}>{item.title}</Link>
                    </th>
                    <td>{item.leadFirmName}</td>
                    <td>
                      <StatusBadge status={item.status} />
                    </td>
                    <td className="number">{formatWon(item.requestedAmount)}</td>
                    <td>{item.submittedAt ? formatDate(item.submittedAt, language) : '—'}</td>
                  </tr>
                ))}
              </DataTable>
            )}
            <div className="pager">
              {page.offset > 0 && (
                <button type="button" className="button button--text" onClick={() => filter({ offset: String(Math.max(0, page.offset - PAGE_SIZE)) })}>
                  {t('common.previous')}
                </button>
              )}
              {page.hasMore && (
                <button type="button" className="button button--text" onClick={() => filter({ offset: String(page.offset + PAGE_SIZE) })}>
                  {t('common.next')}
                </button>
              )}
            </div>
          </>
        )}
      </ResourceView>
    </section>
  );
}
