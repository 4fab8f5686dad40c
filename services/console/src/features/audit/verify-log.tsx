import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { grantsApi } from '../../api/clients';
import type { VerifyReport } from '../../api/types';
import { outcomeOf } from '../../api/use-resource';
import { formatDateTime } from '../../format/when';
import { Alert } from '../../ui/alert';
import { useLanguage } from '../../ui/use-language';

type Verification = { readonly report: VerifyReport; readonly at: string } | { readonly failure: string };

/**
 * Walks the money log's hash chains on request (it reads every event, so not on every visit) and
 * says whether they hold, or where the first one breaks.
 */
export function VerifyLog() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Verification | null>(null);

  const verify = async () => {
    setBusy(true);
    const outcome = await grantsApi
      .GET('/api/grants/audit/verify')
      .then(outcomeOf)
      .catch(() => null);
    setBusy(false);
    if (outcome !== null && 'data' in outcome) setResult({ report: outcome.data, at: new Date().toISOString() });
    else setResult({ failure: outcome?.problem.detail || t('common.unexpected') });
  };

  return (
    <section>
      <h2>{t('audit.verifyTitle')}</h2>
      <p>{t('audit.verifyIntro')}</p>
      <button type="button" className="button" disabled={busy} onClick={() => void verify()}>
        {busy ? t('audit.verifying') : t('audit.verify')}
      </button>
      <div aria-live="polite">
        {result && 'failure' in result && <Alert tone="danger">{result.failure}</Alert>}
        {result && 'report' in result && (
          <>
            {result.report.ok ? (
              <Alert tone="success">{t('audit.verifyOk', { streams: result.report.streamsChecked, events: result.report.eventsChecked })}</Alert>
            ) : (
              <Alert tone="danger">{t('audit.verifyBroken', { streams: result.report.streamsChecked, events: result.report.eventsChecked })}</Alert>
            )}
            {result.report.firstBreak && (
              <dl className="facts">
                <dt>{t('audit.stream')}</dt>
                <dd className="hash">{result.report.firstBreak.streamId}</dd>
                <dt>{t('audit.version')}</dt>
                <dd>{result.report.firstBreak.version}</dd>
                <dt>{t('audit.position')}</dt>
                <dd>{result.report.firstBreak.position ?? t('audit.removedAtEnd')}</dd>
                <dt>{t('audit.reason')}</dt>
                <dd>{result.report.firstBreak.reason}</dd>
              </dl>
            )}
            <p className="field__hint">{t('audit.verifiedAt', { at: formatDateTime(result.at, language) })}</p>
          </>
        )}
      </div>
    </section>
  );
}
