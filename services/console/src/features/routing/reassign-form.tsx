import type { Province } from '@yunghap/kernel';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { centersApi } from '../../api/clients';
import { useCommandForm } from '../../api/use-command-form';
import type { Center, ReassignProvinceRequest } from '../../api/types';
import { ProvinceSelect } from '../../checks/province-select';
import { Alert, ProblemAlert } from '../../ui/alert';
import { Field } from '../../ui/field';

const SHOWN = new Set(['centerId', 'reason']);

interface ReassignFormProps {
  readonly centers: readonly Center[];
  readonly onReassigned: () => void;
}

/** Moves one province to another center, with the reason the history keeps. */
export function ReassignForm({ centers, onReassigned }: ReassignFormProps) {
  const { t } = useTranslation();
  const [province, setProvince] = useState<Province | ''>('');
  const [centerId, setCenterId] = useState('');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState('');
  const { problem, busy, submit, errorsOf } = useCommandForm(SHOWN);

  const reassign = async (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    if (province === '') return;
    const body = { centerId: centerId as ReassignProvinceRequest['centerId'], reason };
    if (!(await submit(() => centersApi.PUT('/api/centers/routing/provinces/{province}', { params: { path: { province } }, body })))) return;
    setDone(t('routing.reassigned', { province: t(`provinces.${province}`) }));
    setReason('');
    onReassigned();
  };

  return (
    <form aria-label={t('routing.reassign')} onSubmit={(event) => void reassign(event)}>
      <h2>{t('routing.reassign')}</h2>
      {problem && <ProblemAlert view={problem} />}
      {done && <Alert tone="success">{done}</Alert>}
      <ProvinceSelect label={t('routing.province')} value={province} onChange={setProvince} />
      <Field label={t('routing.toCenter')} errors={errorsOf('centerId')}>
        <select required value={centerId} onChange={(event) => setCenterId(event.target.value)}>
          <option value="">{t('common.choose')}</option>
          {centers.map((center) => (
            <option key={center.centerId} value={center.centerId}>
              {center.regionName}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('routing.reason')} hint={t('routing.reasonHint')} errors={errorsOf('reason')}>
        <textarea required value={reason} onChange={(event) => setReason(event.target.value)} />
      </Field>
      <button type="submit" className="button" disabled={busy}>
        {t('routing.reassign')}
      </button>
    </form>
  );
}
