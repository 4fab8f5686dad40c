import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { seoulEndOfMinute, seoulLocalInput } from '../format/when';
import { Field } from './field';

interface AsOfPickerProps {
  /** The instant shown, or null for now. */
  readonly at: string | null;
  readonly onChange: (at: string | null) => void;
}

/**
 * Chooses the past instant a page shows its figures at, typed in Seoul time (to the end of the
 * minute shown); "now" goes back to the present.
 */
export function AsOfPicker({ at, onChange }: AsOfPickerProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState(at === null ? '' : seoulLocalInput(at));

  const show = (event: FormEvent) => {
    event.preventDefault();
    const instant = seoulEndOfMinute(value);
    if (instant) onChange(instant);
  };

  return (
    <form className="filters" onSubmit={show} aria-label={t('asOf.form')}>
      <Field label={t('asOf.label')} hint={t('asOf.hint')}>
        <input type="datetime-local" value={value} required onChange={(event) => setValue(event.target.value)} />
      </Field>
      <div className="filters__actions">
        <button type="submit" className="button button--secondary">
          {t('asOf.show')}
        </button>
        {at !== null && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setValue('');
              onChange(null);
            }}
          >
            {t('asOf.now')}
          </button>
        )}
      </div>
    </form>
  );
}
