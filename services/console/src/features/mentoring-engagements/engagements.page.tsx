import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { mentoringApi } from '../../api/clients';
import { ENGAGEMENT_STATUSES, Engagement } from '../../api/types';
import { useResource } from '../../api/use-resource';
import { formatDate } from '../../format/when';
import { PageTitle } from '../../ui/page-title';
import { ResourceView } from '../../ui/resource-view';
import { useLanguage } from '../../ui/use-language';
import { DataTable } from '../../ui/data-table';

const PAGE_SIZE = 50;

/** The consortium's firms by registration number, its application when it came from one. */
function FirmsCell({ engagement }: { readonly engagement: Engagement }) {
  return (
    <ul className="plain-list">
      {engagement.consortium.firms.map((firm) => (
        <li key={firm.registrationNumber}>
          {firm.registrationNumber} ({firm.industryCode})
        </li>
      ))}
    </ul>
  );
}

/** The center's mentoring engagements (the service answers center staff with their own center's only): status, firms, mentor. */
export function EngagementsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [params, setParams] = useSearchParams();
  const status = ENGAGEMENT_STATUSES.find((candidate) => candidate === params.get('status'));
  const offset = Number(params.get('offset') ?? '0') || 0;
  const [engagements] = useResource(`engagements?${params.toString()}`, (signal) =>
    mentoringApi.GET('/api/mentoring/engagements', { params: { query: { status, limit: PAGE_SIZE, offset } }, signal }),
  );
  // The engagement names its mentor by id; the mentors' list gives the names.
  const [mentors] = useResource('mentors', (signal) => mentoringApi.GET('/api/mentoring/mentors', { params: { query: { limit: 100 } }, signal }));
  const mentorName = (mentorId: string | null) => {
    if (mentorId === null) return t('engagements.noMentor');
    return (mentors.state === 'loaded' && mentors.data.items.find((mentor) => mentor.mentorId === mentorId)?.name) || mentorId;
  };
  const go = (next: { status?: string; offset?: number }) =>
    setParams({ ...(next.status ? { status: next.status } : {}), ...(next.offset ? { offset: String(next.offset) } : {}) });

  return (
    <section>
      <PageTitle>{t('engagements.title')}</PageTitle>
      <div className="field filters">
        <label htmlFor="engagement-status">{t('engagements.status')}</label>
        <select id="engagement-status" value={status ?? ''} onChange={(event) => go({ status: event.target.value })}>
          <option value="">{t('engagements.allStatuses')}</option>
          {ENGAGEMENT_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`engagements.states.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <ResourceView resource={engagements}>
        {(page) => (
          <>
            {page.items.length === 0 ? (
              <p>{t('engagements.none')}</p>
            ) : (
              <DataTable
                label={t('engagements.title')}
                columns={[
                  { label: t('engagements.consortium') },
                  { label: t('engagements.firms') },
                  { label: t('engagements.status') },
                  { label: t('engagements.mentor') },
                  { label: t('engagements.proposedAt') },
                  { label: t('engagements.startedOn') },
                  { label: t('engagements.minutes'), numeric: true },
                ]}
              >
                {page.items.map((engagement) => (
                  <tr key={engagement.engagementId}>
                    <th scope="row">{engagement.consortium.consortiumId}</th>
                    <td>
                      <FirmsCell engagement={engagement} />
                    </td>
                    <td>
                      <span className="badge">{t(`engagements.states.${engagement.status}`)}</span>
                    </td>
                    <td>{mentorName(engagement.mentorId)}</td>
                    <td>{formatDate(engagement.proposedAt, language)}</td>
                    <td>{engagement.startedOn ? formatDate(engagement.startedOn, language) : '—'}</td>
                    <td className="number">{engagement.totalMinutes}</td>
                  </tr>
                ))}
              </DataTable>
            )}
            <div className="pager">
              {page.offset > 0 && (
                <button type="button" className="button button--text" onClick={() => go({ status, offset: Math.max(0, page.offset - PAGE_SIZE) })}>
                  {t('common.previous')}
                </button>
              )}
              {page.hasMore && (
                <button type="button" className="button button--text" onClick={() => go({ status, offset: page.offset + PAGE_SIZE })}>
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
