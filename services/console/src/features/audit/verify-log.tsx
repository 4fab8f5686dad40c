import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { grantsApi } from '../../api/clients';
import type { AuditVerification } from '../../api/types';
import { outcomeOf } from '../../api/use-resource';
import { formatDateTime } from '../../format/when';
import { Alert } from '../../ui/alert';
import { useLanguage } from '../../ui/use-language';

type Verification = { readonly report: AuditVerification } | { readonly failure: string };

/**
 * Verifies the money log on request (it reads every event, so not on every visit): each stream's
 * hash chain, and the whole log against the signed checkpoints its witnesses keep outside the
 * database; says where the first event stands that is not as they saw it.
 */
export function VerifyLog() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Verification | null>(null);

  const verify = async () => {
    setBusy(true);
    const outcome = await grantsApi
      .GET('/api/grants/audit-log/verify')
      .then(outcomeOf)
      .catch(() => null);
    setBusy(false);
    if (outcome !== null && 'data' in outcome) setResult({ report: outcome.data });
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
        {result && 'report' in result && <VerificationReport report={result.report} at={formatDateTime(result.report.checkedAt, language)} />}
      </div>
    </section>
  );
}

function VerificationReport({ report, at }: { readonly report: AuditVerification; readonly at: string }) {
  const { t } = useTranslation();
  const { chain, log } = report;
  const figures = { streams: chain.streamsChecked, events: chain.eventsChecked, witnessed: log.witnessed?.treeSize ?? 0, uncovered: log.uncovered };
  return (
    <>
      {report.ok ? (
        <Alert tone="success">{t(log.witnessed ? 'audit.verifyOk' : 'audit.verifyOkUnwitnessed', figures)}</Alert>
      ) : (
        <Alert tone="danger">{t('audit.verifyBroken', figures)}</Alert>
      )}
      {!report.ok && (
        <dl className="facts">
          {log.firstAffectedPosition !== null && (
            <>
              <dt>{t('audit.position')}</dt>
              <dd>{log.firstAffectedPosition}</dd>
            </>
          )}
          {log.problem !== null && (
            <>
              <dt>{t('audit.witnessFinding')}</dt>
              <dd>{log.problem}</dd>
            </>
          )}
          {chain.firstBreak !== null && (
            <>
              <dt>{t('audit.chainFinding')}</dt>
              <dd className="hash">{chain.firstBreak}</dd>
            </>
          )}
        </dl>
      )}
      {log.witnessed && (
        <p className="field__hint hash">{t('audit.checkpoint', { origin: log.origin, size: log.witnessed.treeSize, root: log.witnessed.rootHash })}</p>
      )}
      <p className="field__hint">{t('audit.verifiedAt', { at })}</p>
    </>
  );
}
