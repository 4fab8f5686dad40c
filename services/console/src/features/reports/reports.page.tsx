import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { applicationsApi, centersApi, grantsApi } from '../../api/clients';
import { useResource } from '../../api/use-resource';
import { formatDateTime, instantParam } from '../../format/when';
import { AsOfPicker } from '../../ui/as-of-picker';
import { Field } from '../../ui/field';
import { PageTitle } from '../../ui/page-title';
import { ResourceView } from '../../ui/resource-view';
import { useLanguage } from '../../ui/use-language';
import { GROUPINGS, Grouping, reportUrl } from './report-columns';
import { ReportTable } from './report-table';
import { lineName } from '../../format/line-name';

/**
 * The ministry's report: applications, money and mentoring per center, province, call or budget
 * line, now or as of a past instant (both kept in the address), with its CSV and Excel downloads.
 */
export function ReportsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [params, setParams] = useSearchParams();
  const groupBy: Grouping = GROUPINGS.find((grouping) => grouping === params.get('groupBy')) ?? 'center';
  const at = instantParam(params.get('at'));
  const change = (next: { groupBy?: Grouping; at?: string | null }) => {
    const chosenAt = next.at === undefined ? at : next.at;
    setParams({ groupBy: next.groupBy ?? groupBy, ...(chosenAt !== null && { at: chosenAt }) });
  };
  const [report] = useResource(`report/${groupBy}/${at ?? ''}`, (signal) =>
    grantsApi.GET('/api/grants/reports', { params: { query: { groupBy, format: 'json', ...(at !== null && { at }) } }, signal }),
  );
  const [centers] = useResource('centers', (signal) => centersApi.GET('/api/centers/centers', { params: { query: { limit: 200 } }, signal }));
  const [calls] = useResource('calls', (signal) => applicationsApi.GET('/api/applications/calls', { params: { query: { limit: 200 } }, signal }));
  const [lines] = useResource('budget-lines', (signal) => grantsApi.GET('/api/grants/lines', { params: { query: { limit: 200 } }, signal }));

  const nameOf = (key: string): string => {
    const found = (() => {
      switch (groupBy) {
        case 'center':
          return centers.state === 'loaded' ? centers.data.items.find((center) => center.centerId === key)?.regionName : undefined;
        case 'province':
          return t(`provinces.${key}`, { defaultValue: key });
        case 'call':
          return calls.state === 'loaded' ? calls.data.items.find((call) => call.callId === key)?.title : undefined;
        case 'line':
          return lines.state === 'loaded' ? lines.data.items.filter((line) => line.lineId === key).map((line) => lineName(line, language))[0] : undefined;
      }
    })();
    return found ?? key;
  };

  return (
    <section>
      <PageTitle>{t('reports.title')}</PageTitle>
      <p>{t('reports.intro')}</p>
      <div className="filters">
        <Field label={t('reports.groupBy')}>
          <select value={groupBy} onChange={(event) => change({ groupBy: GROUPINGS.find((grouping) => grouping === event.target.value) ?? 'center' })}>
            {GROUPINGS.map((grouping) => (
              <option key={grouping} value={grouping}>
                {t(`reports.groupings.${grouping}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <AsOfPicker key={at ?? 'now'} at={at} onChange={(next) => change({ at: next })} />
      <h2 aria-live="polite">{at === null ? t('reports.now') : t('reports.asOf', { at: formatDateTime(at, language) })}</h2>
      <p className="download-links">
        <a className="button button--secondary" href={reportUrl(groupBy, at, 'csv')} download>
          {t('reports.downloadCsv')}
        </a>
        <a className="button button--secondary" href={reportUrl(groupBy, at, 'xlsx')} download>
          {t('reports.downloadXlsx')}
        </a>
      </p>
      {/* The operation answers text for format=csv; asked for JSON, it never does. */}
      <ResourceView resource={report}>{(answer) => (typeof answer === 'string' ? null : <ReportTable report={answer} nameOf={nameOf} />)}</ResourceView>
      <p className="field__hint">{t('reports.definitions')}</p>
    </section>
  );
}
