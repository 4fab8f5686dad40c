import { useTranslation } from 'react-i18next';
import { grantsApi } from '../../api/clients';
import { useResource } from '../../api/use-resource';
import { formatDateTime } from '../../format/when';
import { ResourceView } from '../../ui/resource-view';
import { useLanguage } from '../../ui/use-language';

/**
 * The grant's decision chain for finance and auditors (`GET /api/grants/audit/trace/{id}`): from the
 * call and the application through screening, evaluation and selection to the award, its approvals,
 * payments and recoveries — each with who decided, in which role, when, and the correlation id that
 * ties it to the other services' records; each opens onto the recorded event behind it. The
 * evidence packet of the same chain downloads as one file an auditor verifies offline.
 */
export function DecisionChain({ grantId }: { readonly grantId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [trace] = useResource(`trace/${grantId}`, (signal) => grantsApi.GET('/api/grants/audit/trace/{grantId}', { params: { path: { grantId } }, signal }));
  return (
    <section>
      <h2>{t('chain.title')}</h2>
      <p className="download-links">
        <a className="button button--secondary" href={`/api/grants/audit/evidence/${encodeURIComponent(grantId)}`} download>
          {t('audit.evidence')}
        </a>
      </p>
      <p className="field__hint">{t('audit.evidenceHint')}</p>
      <ResourceView resource={trace}>
        {(current) => (
          <ol className="timeline">
            {current.entries.map((entry) => (
              <li key={`${entry.streamId}/${entry.version}`}>
                <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt, language)}</time> <strong>{t(`chain.steps.${entry.step}`)}</strong> —{' '}
                {t('chain.by', { user: entry.actor.userId, role: t(`chain.roles.${entry.actor.role}`) })}
                <span className="secondary-line">{t('chain.ids', { type: entry.type, correlationId: entry.correlationId, position: entry.position })}</span>
                <details className="chain-event">
                  <summary>{t('chain.event', { stream: entry.streamId, version: entry.version })}</summary>
                  {entry.causationId !== null && <p className="secondary-line">{t('chain.causation', { id: entry.causationId })}</p>}
                  <pre tabIndex={0} aria-label={t('chain.eventData', { type: entry.type })}>
                    {JSON.stringify(entry.details, null, 2)}
                  </pre>
                </details>
              </li>
            ))}
          </ol>
        )}
      </ResourceView>
    </section>
  );
}
