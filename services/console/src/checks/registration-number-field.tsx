import { useTranslation } from 'react-i18next';
import { Field } from '../ui/field';
import { checkRegistrationNumber } from './firm-checks';

interface Props {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly serverErrors?: readonly string[];
  readonly readOnly?: boolean;
}

/** A business registration number, its check digit verified as it is typed. */
export function RegistrationNumberField({ label, value, onChange, serverErrors = [], readOnly }: Props) {
  const { t } = useTranslation();
  const check = checkRegistrationNumber(value);
  const typedError = check === 'malformed' || check === 'checksum' ? [t(`checks.registrationNumber.${check}`)] : [];
  return (
    <Field
      label={label}
      hint={t('checks.registrationNumber.hint')}
      errors={[...typedError, ...serverErrors]}
      valid={check === 'valid' ? t('checks.registrationNumber.valid') : undefined}
    >
      <input
        type="text"
        inputMode="numeric"
        autoComplete="off"
        maxLength={12}
        required
        readOnly={readOnly}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </Field>
  );
}
