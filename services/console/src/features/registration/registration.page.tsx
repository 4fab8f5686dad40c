import type { Province } from '@yunghap/kernel';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem, ProblemView, unexpectedProblem, viewOfProblem } from '../../api/problem';
import { canonicalRegistrationNumber, checkRegistrationNumber } from '../../checks/firm-checks';
import { ProvinceSelect } from '../../checks/province-select';
import { RegistrationNumberField } from '../../checks/registration-number-field';
import { registerApplicant } from '../../session/auth-api';
import { Alert, ProblemAlert } from '../../ui/alert';
import { Field } from '../../ui/field';
import { PageTitle } from '../../ui/page-title';

const FIELDS = new Set(['registrationNumber', 'firmName', 'province', 'phone', 'email']);
const NO_PROBLEM: ProblemView = { byField: {}, general: [] };

/** A signed-in person without a role registers the firm they act for; the firm's center confirms it. */
export function RegistrationPage() {
  const { t } = useTranslation();
  const [registrationNumber, setRegistrationNumber] = useState('');
  const [firmName, setFirmName] = useState('');
  const [province, setProvince] = useState<Province | ''>('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [problem, setProblem] = useState<ProblemView>(NO_PROBLEM);
  const [sending, setSending] = useState(false);
  const [pending, setPending] = useState(false);

  if (pending) {
    return (
      <section>
        <PageTitle>{t('registration.pendingTitle')}</PageTitle>
        <Alert tone="information">{t('registration.pendingBody')}</Alert>
      </section>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (checkRegistrationNumber(registrationNumber) !== 'valid' || province === '') return;
    setSending(true);
    const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
    const result = await registerApplicant({
      registrationNumber: canonicalRegistrationNumber(registrationNumber),
      firmName: firmName.trim(),
      province,
      phone: optional(phone),
      email: optional(email),
    }).catch(() => null);
    setSending(false);
    if (result?.response.ok) return setPending(true);
    const answer = result !== null && isProblem(result.error) ? result.error : unexpectedProblem(result?.response.status ?? 0);
    // The session does not say a registration is pending: the centers service does, when asked again.
    if (answer.code === 'APPLICANT.ALREADY_REGISTERED' && answer.details?.['status'] === 'pending') return setPending(true);
    setProblem(viewOfProblem({ ...answer, detail: answer.detail || t('common.unexpected') }, FIELDS));
  };

  return (
    <section>
      <PageTitle>{t('registration.title')}</PageTitle>
      <p>{t('registration.intro')}</p>
      <ProblemAlert view={problem} />
      <form onSubmit={(event) => void submit(event)} noValidate>
        <RegistrationNumberField
          label={t('registration.registrationNumber')}
          value={registrationNumber}
          onChange={setRegistrationNumber}
          serverErrors={problem.byField['registrationNumber']}
        />
        <Field label={t('registration.firmName')} errors={problem.byField['firmName']}>
          <input type="text" required autoComplete="organization" value={firmName} onChange={(event) => setFirmName(event.target.value)} />
        </Field>
        <ProvinceSelect label={t('registration.province')} value={province} onChange={setProvince} serverErrors={problem.byField['province']} />
        <Field label={t('registration.phone')} hint={t('common.optional')} errors={problem.byField['phone']}>
          <input type="tel" autoComplete="tel" value={phone} onChange={(event) => setPhone(event.target.value)} />
        </Field>
        <Field label={t('registration.email')} hint={t('common.optional')} errors={problem.byField['email']}>
          <input type="email" autoComplete="email" value={email} onChange={(event) => setEmail(event.target.value)} />
        </Field>
        <button
          type="submit"
          className="button button--primary"
          disabled={sending || checkRegistrationNumber(registrationNumber) !== 'valid' || province === ''}
        >
          {t('registration.submit')}
        </button>
      </form>
    </section>
  );
}
