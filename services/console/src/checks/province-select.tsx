import { PROVINCES, Province } from '@yunghap/kernel';
import { useTranslation } from 'react-i18next';
import { Field } from '../ui/field';

interface Props {
  readonly label: string;
  readonly value: Province | '';
  readonly onChange: (value: Province | '') => void;
  readonly serverErrors?: readonly string[];
}

/** The kernel's closed list of the 17 provinces, in the order officials read them. */
export function ProvinceSelect({ label, value, onChange, serverErrors }: Props) {
  const { t } = useTranslation();
  return (
    <Field label={label} errors={serverErrors}>
      <select required value={value} onChange={(event) => onChange(PROVINCES.find((province) => province === event.target.value) ?? '')}>
        <option value="">{t('common.choose')}</option>
        {PROVINCES.map((province) => (
          <option key={province} value={province}>
            {t(`provinces.${province}`)}
          </option>
        ))}
      </select>
    </Field>
  );
}
