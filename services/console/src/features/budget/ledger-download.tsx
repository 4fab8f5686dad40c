import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { seoulDay } from '../../format/when';
import { Field } from '../../ui/field';
import type { LineFigures } from './budget-figures';
import { ledgerUrl } from './ledger-url';
import { lineName } from '../../format/line-name';
import { useLanguage } from '../../ui/use-language';

/** A line's ledger for a period of Seoul days, as CSV (Excel reads its Hangul through the BOM) or as an .xlsx workbook. */
export function LedgerDownload({ year, lines }: { readonly year: number; readonly lines: readonly LineFigures[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const [lineId, setLineId] = useState(lines[0]?.lineId ?? '');
  const [from, setFrom] = useState(`${year}-01-01`);
  const [to, setTo] = useState(() => {
    const today = seoulDay(new Date().toISOString());
    return today.startsWith(String(year)) ? today : `${year}-12-31`;
  });
  const url = (format: 'csv' | 'xlsx') => ledgerUrl(lineId, from, to, format);
  const ready = lineId !== '' && from !== '' && to !== '' && from <= to;

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('budget.ledgerTitle')}</h2>
      <p>{t('budget.ledgerIntro')}</p>
      <div className="filters">
        <Field label={t('budget.line')}>
          <select value={lineId} onChange={(event) => setLineId(event.target.value)}>
            {lines.map((line) => (
              <option key={line.lineId} value={line.lineId}>
                {lineName(line, language)} ({line.lineId})
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('budget.from')}>
          <input type="date" value={from} min={`${year}-01-01`} max={`${year}-12-31`} onChange={(event) => setFrom(event.target.value)} />
        </Field>
        <Field label={t('budget.to')} hint={t('budget.toHint')}>
          <input type="date" value={to} min={`${year}-01-01`} max={`${year}-12-31`} onChange={(event) => setTo(event.target.value)} />
        </Field>
      </div>
      {ready ? (
        <p className="download-links">
          <a className="button button--secondary" href={url('csv')} download>
            {t('budget.downloadCsv')}
          </a>
          <a className="button button--secondary" href={url('xlsx')} download>
            {t('budget.downloadXlsx')}
          </a>
        </p>
      ) : (
        <p className="field__hint">{t('budget.ledgerPeriodInvalid')}</p>
      )}
    </section>
  );
}
