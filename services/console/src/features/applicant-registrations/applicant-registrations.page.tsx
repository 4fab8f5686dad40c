import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { centersApi } from '../../api/clients';
import { commandOutcome } from '../../api/command';
import type { Problem } from '../../api/problem';
import type { ApplicantRegistration } from '../../api/types';
import { useResource } from '../../api/use-resource';
import { formatDateTime } from '../../format/when';
import { Alert } from '../../ui/alert';
import { ConfirmAction } from '../../ui/confirm-action';
import { PageTitle } from '../../ui/page-title';
import { ResourceView } from '../../ui/resource-view';
import { useLanguage } from '../../ui/use-language';
import { DataTable } from '../../ui/data-table';

/** The registrations waiting for the center: staff confirm that the person acts for the firm, or reject it with a reason. */
export function ApplicantRegistrationsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [notice, setNotice] = useState('');
  const [failure, setFailure] = useState('');
  const [pending, reload] = useResource('applicants/pending', (signal) =>
    centersApi.GET('/api/centers/applicants', { params: { query: { status: 'pending', limit: 100 } }, signal }),
  );
  const messageOf = (problem: Problem) => problem.detail || t('common.unexpected');

  const confirm = async (applicant: ApplicantRegistration) => {
    setNotice('');
    setFailure('');
    const outcome = await centersApi
      .POST('/api/centers/applicants/{userId}/confirm', { params: { path: { userId: applicant.userId } } })
      .then(commandOutcome)
      .catch(() => null);
    if (outcome === null || 'problem' in outcome) return setFailure(outcome === null ? t('common.unexpected') : messageOf(outcome.problem));
    setNotice(t('applicants.confirmed', { name: applicant.name, firm: applicant.firmName }));
    reload();
  };
  const reject = async (applicant: ApplicantRegistration, reason: string) => {
    const outcome = await commandOutcome(
      await centersApi.POST('/api/centers/applicants/{userId}/reject', { params: { path: { userId: applicant.userId } }, body: { reason } }),
    );
    if ('problem' in outcome) return messageOf(outcome.problem);
    setFailure('');
    setNotice(t('applicants.rejected', { name: applicant.name, firm: applicant.firmName }));
    reload();
    return null;
  };

  return (
    <section>
      <PageTitle>{t('applicants.title')}</PageTitle>
      <p>{t('applicants.intro')}</p>
      {notice && <Alert tone="success">{notice}</Alert>}
      {failure && <Alert tone="danger">{failure}</Alert>}
      <ResourceView resource={pending}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{t('applicants.none')}</p>
          ) : (
            <DataTable
              label={t('applicants.title')}
              columns={[
                { label: t('applicants.person') },
                { label: t('registration.firmName') },
                { label: t('registration.registrationNumber') },
                { label: t('registration.province') },
                { label: t('applicants.contact') },
                { label: t('applicants.registeredAt') },
                { label: t('applicants.decision') },
              ]}
            >
              {page.items.map((applicant) => (
                <tr key={applicant.userId}>
                  <th scope="row">{applicant.name}</th>
                  <td>{applicant.firmName}</td>
                  <td>{applicant.registrationNumber}</td>
                  <td>{t(`provinces.${applicant.province}`)}</td>
                  <td>{[applicant.phone, applicant.email].filter(Boolean).join(' · ') || '—'}</td>
                  <td>{formatDateTime(applicant.registeredAt, language)}</td>
                  <td>
                    <div className="form-actions">
                      <button
                        type="button"
                        className="button button--primary button--small"
                        aria-label={t('applicants.confirmFor', { name: applicant.name, firm: applicant.firmName })}
                        onClick={() => void confirm(applicant)}
                      >
                        {t('applicants.confirm')}
                      </button>
                      <ConfirmAction
                        label={t('applicants.reject')}
                        accessibleLabel={t('applicants.rejectFor', { name: applicant.name, firm: applicant.firmName })}
                        title={t('applicants.rejectTitle', { name: applicant.name, firm: applicant.firmName })}
                        body={t('applicants.rejectBody')}
                        reasonLabel={t('applicants.rejectReason')}
                        confirmLabel={t('applicants.reject')}
                        onConfirm={(reason) => reject(applicant, reason)}
                      />
                    </div>
                  </td>
                </tr>
              ))}
            </DataTable>
          )
        }
      </ResourceView>
    </section>
  );
}
