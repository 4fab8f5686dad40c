import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { evaluationApi } from '../../api/clients';
import { useResource } from '../../api/use-resource';
import { formatDateTime } from '../../format/when';
import { PageTitle } from '../../ui/page-title';
import { ResourceView } from '../../ui/resource-view';
import { useLanguage } from '../../ui/use-language';

const FILTERS = ['open', 'completed'] as const;

/** The evaluations of the member's committees: what is open, since when, and how far their own sheet is. */
export function WorkQueuePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [params, setParams] = useSearchParams();
  const status = FILTERS.find((candidate) => candidate === params.get('status'));
  const [queue] = useResource(`work-queue/${status ?? ''}`, (signal) =>
    evaluationApi.GET('/api/evaluation/work-queue', { params: { query: { status, limit: 100 } }, signal }),
  );
  const when = (iso: string | null) => (iso === null ? '—' : formatDateTime(iso, language));

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
            <div className="table-scroll">
              <table>
                <caption className="visually-hidden">{t('workQueue.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('workQueue.application')}</th>
                    <th scope="col">{t('application.call')}</th>
                    <th scope="col">{t('workQueue.status')}</th>
                    <th scope="col">{t('workQueue.openedAt')}</th>
                    <th scope="col">{t('workQueue.completedAt')}</th>
                    <th scope="col">{t('workQueue.mySheet')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((item) => (
                    <tr key={item.applicationId}>
                      <th scope="row">
                        <Link to={`/committee/evaluations/${encodeURIComponent(item.applicationId)}`}>{item.applicationId}</Link>
                      </th>
                      <td>{item.callId}</td>
                      <td>{t(`workQueue.states.${item.status}`)}</td>
                      <td>{when(item.openedAt)}</td>
                      <td>{when(item.completedAt)}</td>
                      <td>{t(`workQueue.sheet.${item.mySheet.state}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </ResourceView>
    </section>
  );
}
