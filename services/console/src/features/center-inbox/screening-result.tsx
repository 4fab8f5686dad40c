import { useTranslation } from 'react-i18next';
import type { Application } from '../../api/types';
import { useLanguage } from '../../ui/use-language';
import { explanationValues, ruleKeyOf, RuleOutcome, ruleOutcomes } from './screening-rules';

/** One rule: its name and requirement, and for a failure what the screening found, in plain words. */
function RuleResult({ outcome }: { readonly outcome: RuleOutcome }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const key = ruleKeyOf(outcome.code);
  const { failure } = outcome;
  const values = failure === undefined ? {} : explanationValues(failure, language);
  // The KSIC level is a word of the catalogue, not a figure.
  const level = failure?.details['level'];
  if (typeof level === 'string') values['level'] = t(`screening.levels.${level}`, { defaultValue: level });
  return (
    <li className={`rule rule--${failure === undefined ? 'passed' : 'failed'}`}>
      <strong>{key === undefined ? outcome.code : t(`${key}.name`)}</strong>{' '}
      <span className="badge">{failure === undefined ? t('screening.passed') : t('screening.failed')}</span>
      {key !== undefined && <p>{t(`${key}.requirement`)}</p>}
      {failure !== undefined && <p className="rule__found">{key === undefined ? failure.message : t(`${key}.found`, values)}</p>}
    </li>
  );
}

/** The screening's outcome and every rule it applied, passed and failed. */
export function ScreeningResultView({ screening }: { readonly screening: NonNullable<Application['screening']> }) {
  const { t } = useTranslation();
  return (
    <section>
      <h2>{t('screening.title')}</h2>
      <p>
        {t('screening.outcome')}: <strong>{t(`screening.outcomes.${screening.outcome}`)}</strong>
      </p>
      <ul className="rules">
        {ruleOutcomes(screening).map((outcome) => (
          <RuleResult key={outcome.code} outcome={outcome} />
        ))}
      </ul>
    </section>
  );
}
