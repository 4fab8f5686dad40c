import { useTranslation } from 'react-i18next';
import { FIRM_SIZES, FirmSize } from '../../api/types';
import { checkKsicCode } from '../../checks/firm-checks';
import { ProvinceSelect } from '../../checks/province-select';
import { RegistrationNumberField } from '../../checks/registration-number-field';
import { Field } from '../../ui/field';
import type { FirmDraft } from './form-draft';

interface Props {
  readonly legend: string;
  readonly firm: FirmDraft;
  /** The problem's field prefix of this firm: `leadFirm`, `partnerFirms[1]`. */
  readonly path: string;
  readonly errorsOf: (field: string) => readonly string[];
  readonly onChange: (firm: FirmDraft) => void;
  /** The lead firm is the applicant's own: its number comes from the confirmed registration. */
  readonly ownFirm?: boolean;
  readonly onRemove?: () => void;
}

export function FirmFieldset({ legend, firm, path, errorsOf, onChange, ownFirm, onRemove }: Props) {
  const { t } = useTranslation();
  const set = (change: Partial<FirmDraft>) => onChange({ ...firm, ...change });
  const ksic = checkKsicCode(firm.industryCode);
  return (
    <fieldset className="fieldset">
      <legend>{legend}</legend>
      <RegistrationNumberField
        label={t('form.registrationNumber')}
        value={firm.registrationNumber}
        readOnly={ownFirm}
        onChange={(registrationNumber) => set({ registrationNumber })}
        serverErrors={errorsOf(`${path}.registrationNumber`)}
      />
      <Field label={t('form.firmName')} errors={errorsOf(`${path}.name`)}>
        <input type="text" required value={firm.name} onChange={(event) => set({ name: event.target.value })} />
      </Field>
      <Field
        label={t('form.industryCode')}
        hint={t('checks.ksic.hint')}
        errors={[...(ksic === 'malformed' ? [t('checks.ksic.malformed')] : []), ...errorsOf(`${path}.industryCode`)]}
        valid={ksic === 'valid' ? t('checks.ksic.valid') : undefined}
      >
        <input
          type="text"
          required
          autoComplete="off"
          maxLength={6}
          value={firm.industryCode}
          onChange={(event) => set({ industryCode: event.target.value })}
        />
      </Field>
      <Field label={t('form.size')} errors={errorsOf(`${path}.size`)}>
        <select required value={firm.size} onChange={(event) => set({ size: FIRM_SIZES.find((size) => size === event.target.value) ?? ('' as FirmSize | '') })}>
          <option value="">{t('common.choose')}</option>
          {FIRM_SIZES.map((size) => (
            <option key={size} value={size}>
              {t(`sizes.${size}`)}
            </option>
          ))}
        </select>
      </Field>
      <ProvinceSelect label={t('form.province')} value={firm.province} onChange={(province) => set({ province })} serverErrors={errorsOf(`${path}.province`)} />
      {onRemove && (
        <button type="button" className="button button--text button--small" onClick={onRemove}>
          {t('form.removePartner')}
        </button>
      )}
    </fieldset>
  );
}
