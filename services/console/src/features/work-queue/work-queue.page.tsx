import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { evaluationApi } from '../../api/clients';
import { useResource } from '../../api/use-resource';
import { formatDateTime } from '../../format/when';
import { PageTitle } from '../../ui/page-title';
import { ResourceView } from '../../ui/resource-view';
import { useLanguage } from '../../ui/use-language';
import { DeadlineMark, deadlineMark } from './deadline';
import { DataTable } from '../../ui/data-table';

const FILTERS = ['open', 'completed'] as const;

/** The evaluations of the member's committees: what each is, by when the sheets are due, and how far their own sheet is. */
export function WorkQueuePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [params, setParams] = useSearchParams();
  const status = FILTERS.find((candidate) => candidate === params.get('status'));
  const [queue] = useResource(`work-queue/${status ?? ''}`, (signal) =>
    evaluationApi.GET('/api/evaluation/work-queue', { params: { query: { status, limit: 100 } }, signal }),
  );
  const when = (iso: string | null) => (iso === null ? '—' : formatDateTime(iso, language));
  const now = new Date();

  return (
    <section>
      <PageTitle>{t('workQueue.title')}</PageTitle>
      <div className="field filters">
        <label htmlFor="queue-status">{t('workQueue.show')}</label>
        <select id="queue-status" value={status ?? ''} onChange={(event) => setParams(event.target.value === '' ? {} : { status: event.target.value })}>
          <option value="">{t('workQueue.all')}</option>
          {FILTERS.map((value) => (
            <option key={value} value={value}>
              {t(`workQueue.filter.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <ResourceView resource={queue}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{t('workQueue.none')}</p>
          ) : (
            <DataTable
              label={t('workQueue.title')}
              stacked
              columns={[
                { label: t('workQueue.application') },
                { label: t('application.call') },
                { label: t('workQueue.scoresDueAt') },
                { label: t('workQueue.status') },
                { label: t('workQueue.mySheet') },
              ]}
            >
              {page.items.map((item) => (
                <tr key={item.applicationId}>
                  <th scope="row">
                    <Link to={`/committee/evaluations/${encodeURIComponent(item.applicationId)}`}>{item.title ?? item.applicationId}</Link>
                    {item.title !== null && <span className="secondary-line">{item.applicationId}</span>}
                  </th>
                  <td data-label={t('application.call')}>{item.callTitle ?? item.callId}</td>
                  <td data-label={t('workQueue.scoresDueAt')}>
                    {when(item.scoresDueAt)}
                    <DeadlineBadge mark={item.status === 'open' ? deadlineMark(item.scoresDueAt, item.mySheet.state === 'sealed', now) : { kind: 'none' }} />
                  </td>
                  <td data-label={t('workQueue.status')}>{t(`workQueue.states.${item.status}`)}</td>
                  <td data-label={t('workQueue.mySheet')}>{t(`workQueue.sheet.${item.mySheet.state}`)}</td>
                </tr>
              ))}
            </DataTable>
          )
        }
      </ResourceView>
    </section>
  );
}

function DeadlineBadge({ mark }: { readonly mark: DeadlineMark }) {
  const { t } = useTranslation();
  if (mark.kind === 'none') return null;
  if (mark.kind === 'overdue') return <span className="badge badge--danger">{t('workQueue.overdue')}</span>;
  return <span className="badge">{mark.days === 0 ? t('workQueue.dueToday') : t('workQueue.daysLeft', { count: mark.days })}</span>;
}
