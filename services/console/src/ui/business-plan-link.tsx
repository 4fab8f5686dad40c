import { useTranslation } from 'react-i18next';
import { businessPlanUrl } from '../api/business-plan';
import type { Application } from '../api/types';
import { formatBytes } from '../format/bytes';
import { formatDateTime } from '../format/when';
import { useLanguage } from './use-language';

/** The application's business plan: its name, size and content hash, and a link that downloads it; or that there is none yet. */
export function BusinessPlanLink({ application }: { readonly application: Application }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const plan = application.businessPlan;
  return (
    <section>
      <h2>{t('businessPlan.title')}</h2>
      {plan === null ? (
        <p>{t('businessPlan.none')}</p>
      ) : (
        <dl className="facts">
          <dt>{t('businessPlan.file')}</dt>
          <dd>
            <a href={businessPlanUrl(application.applicationId)} download={plan.fileName}>
              {t('businessPlan.download', { name: plan.fileName })}
            </a>
          </dd>
          <dt>{t('businessPlan.size')}</dt>
          <dd>{formatBytes(plan.size, language)}</dd>
          <dt>{t('businessPlan.sha256')}</dt>
          <dd className="hash">{plan.sha256}</dd>
          <dt>{t('businessPlan.attachedAt')}</dt>
          <dd>{formatDateTime(plan.attachedAt, language)}</dd>
        </dl>
      )}
    </section>
  );
}
