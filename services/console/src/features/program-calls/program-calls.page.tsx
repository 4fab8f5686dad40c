import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { applicationsApi } from '../../api/clients';
import { useResource } from '../../api/use-resource';
import { formatDateTime } from '../../format/when';
import { formatWon } from '../../format/won';
import { PageTitle } from '../../ui/page-title';
import { ResourceView } from '../../ui/resource-view';
import { DataTable } from '../../ui/data-table';
import { useLanguage } from '../../ui/use-language';
import { callPhase } from './call-phase';
import { OpenCallForm } from './open-call-form';

/** The program manager's calls (공모): each with its window, line and cap, leading to its committees and evaluations. */
export function ProgramCallsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const now = new Date();
  const [calls] = useResource('program-calls', (signal) => applicationsApi.GET('/api/applications/calls', { params: { query: { limit: 200 } }, signal }));

  return (
    <section>
      <PageTitle>{t('programCalls.title')}</PageTitle>
      <p>{t('programCalls.intro')}</p>
      <ResourceView resource={calls}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{t('programCalls.none')}</p>
          ) : (
            <DataTable
              label={t('programCalls.title')}
              stacked
              columns={[
                { label: t('programCalls.call') },
                { label: t('programCalls.window') },
                { label: t('programCalls.line') },
                { label: t('programCalls.cap'), numeric: true },
                { label: t('programCalls.status') },
              ]}
            >
              {page.items.map((call) => (
                <tr key={call.callId}>
                  <th scope="row">
                    <Link to={`/program/calls/${encodeURIComponent(call.callId)}`}>{call.title}</Link>
                    <span className="secondary-line">{call.callId}</span>
                  </th>
                  <td data-label={t('programCalls.window')}>
                    {formatDateTime(call.opensAt, language)} – {formatDateTime(call.closesAt, language)}
                  </td>
                  <td data-label={t('programCalls.line')}>{call.budgetLineId}</td>
                  <td data-label={t('programCalls.cap')} className="number">
                    {formatWon(call.capPerProject)}
                  </td>
                  <td data-label={t('programCalls.status')}>{t(`programCalls.states.${callPhase(call, now)}`)}</td>
                </tr>
              ))}
            </DataTable>
          )
        }
      </ResourceView>
      <OpenCallForm />
    </section>
  );
}
