import { FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { evaluationApi } from '../../api/clients';
import { commandOutcome } from '../../api/command';
import { ProblemView, viewOfProblem } from '../../api/problem';
import type { RubricCriterion, Scoresheet } from '../../api/types';
import { Alert, ProblemAlert } from '../../ui/alert';
import { ConfirmAction } from '../../ui/confirm-action';
import { CriterionEntry } from './criterion-entry';
import { entriesOf, SheetEntry, sheetRequestOf, totalOf } from './scoresheet';

const NO_PROBLEM: ProblemView = { byField: {}, general: [] };

interface ScoresheetFormProps {
  readonly applicationId: string;
  readonly criteria: readonly RubricCriterion[];
  /** The member's own sheet as last saved; null before a first save. */
  readonly saved: Scoresheet | null;
}

/** The member's own scoresheet: a score and a reason per criterion, the total as typed, save, and seal once done. */
export function ScoresheetForm({ applicationId, criteria, saved: initial }: ScoresheetFormProps) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(initial);
  const [entries, setEntries] = useState(() => entriesOf(criteria, initial));
  const [savedEntries, setSavedEntries] = useState(entries);
  const [problem, setProblem] = useState<ProblemView>(NO_PROBLEM);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  // Set by sealing here, also when the answer is a 202 without the sheet.
  const [sealedNow, setSealedNow] = useState(false);
  const sealed = sealedNow || (saved?.sealed ?? false);
  const formId = useId();
  const request = sheetRequestOf(criteria, entries);
  const shownFields = new Set(criteria.flatMap((_, index) => [`scores[${index}].score`, `scores[${index}].reason`]));
  const path = { applicationId };

  /** Saves the sheet as typed; answers whether it is saved. */
  const save = async (): Promise<boolean> => {
    if (request === undefined) return false;
    const outcome = await commandOutcome(
      await evaluationApi.PUT('/api/evaluation/evaluations/{applicationId}/my-scoresheet', { params: { path }, body: request }),
    );
    if ('problem' in outcome) {
      setProblem(viewOfProblem({ ...outcome.problem, detail: outcome.problem.detail || t('common.unexpected') }, shownFields));
      return false;
    }
    setProblem(NO_PROBLEM);
    if ('data' in outcome) setSaved(outcome.data);
    setSavedEntries(entries);
    return true;
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setNotice('');
    if (await save().catch(() => false)) setNotice(t('scoresheet.saved'));
    setBusy(false);
  };
  // Sealing seals what was saved: unsaved changes are saved first, so the member seals what they see.
  const seal = async () => {
    if ((saved === null || savedEntries !== entries) && !(await save())) return t('scoresheet.fixBeforeSeal');
    const outcome = await commandOutcome(await evaluationApi.POST('/api/evaluation/evaluations/{applicationId}/my-scoresheet/seal', { params: { path } }));
    if ('problem' in outcome) return outcome.problem.detail || t('common.unexpected');
    if ('data' in outcome) setSaved(outcome.data);
    setSealedNow(true);
    setNotice(t('scoresheet.sealedNotice'));
    return null;
  };
  const change = (criterionId: string, entry: SheetEntry) => setEntries({ ...entries, [criterionId]: entry });

  return (
    <section>
      <h2>{t('scoresheet.title')}</h2>
      {sealed ? <Alert tone="information">{t('scoresheet.sealed')}</Alert> : <p>{t('scoresheet.intro')}</p>}
      <ProblemAlert view={problem} />
      {notice && <Alert tone="success">{notice}</Alert>}
      <form id={formId} onSubmit={(event) => void submit(event)} noValidate>
        {criteria.map((criterion, index) => (
          <CriterionEntry
            key={criterion.id}
            criterion={criterion}
            entry={entries[criterion.id] ?? { score: '', reason: '' }}
            onChange={(entry) => change(criterion.id, entry)}
            readOnly={sealed}
            serverErrors={{ score: problem.byField[`scores[${index}].score`], reason: problem.byField[`scores[${index}].reason`] }}
          />
        ))}
        <p className="total" aria-live="polite">
          {t('scoresheet.total', { total: totalOf(criteria, entries), max: criteria.reduce((sum, criterion) => sum + criterion.weight, 0) })}
        </p>
      </form>
      {/* Outside the form: the seal's dialog has a form of its own, and forms do not nest. */}
      {!sealed && (
        <div className="form-actions">
          <button type="submit" form={formId} className="button button--primary" disabled={busy || request === undefined}>
            {t('scoresheet.save')}
          </button>
          <ConfirmAction
            label={t('scoresheet.seal')}
            title={t('scoresheet.sealTitle')}
            body={t('scoresheet.sealBody', { total: totalOf(criteria, entries) })}
            confirmLabel={t('scoresheet.sealConfirm')}
            disabled={busy || request === undefined}
            onConfirm={seal}
          />
        </div>
      )}
    </section>
  );
}
