import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { applicationsApi } from '../../api/clients';
import { ProblemView, viewOfProblem } from '../../api/problem';
import type { Application, Call } from '../../api/types';
import { outcomeOf } from '../../api/use-resource';
import { formatDate } from '../../format/when';
import { formatWon } from '../../format/won';
import { Alert, ProblemAlert } from '../../ui/alert';
import { PageTitle } from '../../ui/page-title';
import { useLanguage } from '../../ui/use-language';
import { summariseBudget, parseWonInput } from './budget';
import { BudgetTable } from './budget-table';
import { BusinessPlanUpload } from './business-plan-upload';
import { FirmFieldset } from './firm-fieldset';
import { budgetRowsOf, contentRequestOf, emptyFirm, FormDraft } from './form-draft';
import { TaskFieldset } from './task-fieldset';

interface Props {
  readonly heading: string;
  readonly call: Call;
  readonly initial: FormDraft;
  /** The application as last saved, when it exists. */
  readonly saved?: Application;
}

const NO_PROBLEM: ProblemView = { byField: {}, general: [] };

// Every field the form shows, by the name the service's problem details give it.
function shownFields(draft: FormDraft): Set<string> {
  const firm = (path: string) => ['registrationNumber', 'name', 'industryCode', 'size', 'province'].map((field) => `${path}.${field}`);
  return new Set([
    ...firm('leadFirm'),
    ...draft.partnerFirms.flatMap((_, index) => firm(`partnerFirms[${index}]`)),
    ...['title', 'summary', 'technologyFields', 'stage', 'durationMonths'].map((field) => `task.${field}`),
    'requestedAmount',
    ...draft.budgetPlan.flatMap((_, index) => ['category', 'amount', 'ownCash', 'ownInKind'].map((field) => `budgetPlan[${index}].${field}`)),
  ]);
}

/** Save as a draft (as often as needed), then submit; the service's problems appear next to the fields they name. */
export function ApplicationForm({ heading, call, initial, saved: initiallySaved }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const [draft, setDraft] = useState(initial);
  const [saved, setSaved] = useState(initiallySaved);
  // The form as last saved: submitting an unchanged form does not record a revision first.
  const [savedDraft, setSavedDraft] = useState<FormDraft | null>(initiallySaved ? initial : null);
  const [problem, setProblem] = useState<ProblemView>(NO_PROBLEM);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);

  const requestedAmount = parseWonInput(draft.requestedAmount) ?? 0;
  const summary = summariseBudget(budgetRowsOf(draft), requestedAmount, call.minimumOwnSharePercent);
  const errorsOf = (field: string) => problem.byField[field] ?? [];
  const change = (next: Partial<FormDraft>) => setDraft({ ...draft, ...next });

  /** Sends the form as a draft: the first time it creates the application, then it revises it (guarded by its version). */
  const save = async (): Promise<Application | null> => {
    const content = contentRequestOf(draft);
    const result =
      saved === undefined
        ? await applicationsApi.POST('/api/applications/applications', { body: { callId: call.callId, ...content } })
        : await applicationsApi.PUT('/api/applications/applications/{applicationId}', {
            params: { path: { applicationId: saved.applicationId }, header: { 'If-Match': `"${saved.version}"` } },
            body: content,
          });
    const outcome = outcomeOf(result);
    if ('problem' in outcome) {
      setProblem(viewOfProblem({ ...outcome.problem, detail: outcome.problem.detail || t('common.unexpected') }, shownFields(draft)));
      return null;
    }
    // 202: recorded, not yet readable; the list shows it once the read model has it.
    if (!('applicationId' in outcome.data)) {
      navigate('/applicant/applications');
      return null;
    }
    setProblem(NO_PROBLEM);
    setSaved(outcome.data);
    setSavedDraft(draft);
    return outcome.data;
  };

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setNotice('');
    await action().catch(() => setProblem({ byField: {}, general: [t('common.unexpected')] }));
    setBusy(false);
  };

  const saveDraft = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      if ((await save()) !== null) setNotice(t('form.saved'));
    });
  };

  const submit = () =>
    void run(async () => {
      const current = saved !== undefined && savedDraft === draft ? saved : await save();
      if (current === null) return;
      const result = await applicationsApi.POST('/api/applications/applications/{applicationId}/submit', {
        params: { path: { applicationId: current.applicationId }, header: { 'If-Match': `"${current.version}"` } },
      });
      const outcome = outcomeOf(result);
      if ('problem' in outcome)
        return setProblem(viewOfProblem({ ...outcome.problem, detail: outcome.problem.detail || t('common.unexpected') }, shownFields(draft)));
      navigate(`/applicant/applications/${encodeURIComponent(current.applicationId)}`);
    });

  return (
    <section>
      <PageTitle>{heading}</PageTitle>
      <p>
        {t('myApplications.closesAt', { date: formatDate(call.closesAt, language) })} · {t('myApplications.cap', { amount: formatWon(call.capPerProject) })}
      </p>
      <ProblemAlert view={problem} />
      {notice && <Alert tone="success">{notice}</Alert>}
      <form onSubmit={saveDraft} noValidate>
        <FirmFieldset
          legend={t('form.leadFirm')}
          firm={draft.leadFirm}
          path="leadFirm"
          errorsOf={errorsOf}
          ownFirm
          onChange={(leadFirm) => change({ leadFirm })}
        />
        {draft.partnerFirms.map((firm, index) => (
          <FirmFieldset
            key={index}
            legend={t('form.partnerFirm', { number: index + 1 })}
            firm={firm}
            path={`partnerFirms[${index}]`}
            errorsOf={errorsOf}
            onChange={(next) => change({ partnerFirms: draft.partnerFirms.map((old, at) => (at === index ? next : old)) })}
            onRemove={draft.partnerFirms.length > 1 ? () => change({ partnerFirms: draft.partnerFirms.filter((_, at) => at !== index) }) : undefined}
          />
        ))}
        <button type="button" className="button button--secondary" onClick={() => change({ partnerFirms: [...draft.partnerFirms, emptyFirm()] })}>
          {t('form.addPartner')}
        </button>
        <TaskFieldset draft={draft} errorsOf={errorsOf} onChange={change} />
        <BudgetTable
          rows={draft.budgetPlan}
          summary={summary}
          requestedAmount={requestedAmount}
          minimumOwnSharePercent={call.minimumOwnSharePercent}
          errorsOf={errorsOf}
          onChange={(budgetPlan) => change({ budgetPlan })}
        />
        {saved === undefined ? (
          <section>
            <h2>{t('businessPlan.title')}</h2>
            <p>{t('businessPlan.saveFirst')}</p>
          </section>
        ) : (
          <BusinessPlanUpload application={saved} onAttached={setSaved} />
        )}
        <div className="form-actions">
          <button type="submit" className="button button--secondary" disabled={busy}>
            {t('form.saveDraft')}
          </button>
          <button type="button" className="button button--primary" disabled={busy || !summary.matchesRequest || !summary.meetsMinimum} onClick={submit}>
            {t('form.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
