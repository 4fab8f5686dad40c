import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatWon } from '../../format/won';
import { LineFigures, netDisbursed } from './budget-figures';
import { lineName } from '../../format/line-name';

const WIDTH = 640;
const ROW = 46;
const BAR = 20;

// Each segment is told apart by its legend swatch as well as its colour; all reach 3:1 against white.
const SEGMENTS = [
  { key: 'netDisbursed', className: 'chart-segment--disbursed' },
  { key: 'committed', className: 'chart-segment--committed' },
  { key: 'available', className: 'chart-segment--available' },
] as const;

type SegmentKey = (typeof SEGMENTS)[number]['key'];

const segmentValue = (line: LineFigures, key: SegmentKey) => (key === 'netDisbursed' ? netDisbursed(line) : line[key]);

/**
 * Each line as one bar as long as its amount, split into what is paid out (net of recoveries),
 * committed and still available — the three add up to the amount. A picture of the table beside
 * it, which carries the same figures for assistive technology.
 */
export function BudgetBars({ lines, language }: { readonly lines: readonly LineFigures[]; readonly language: 'ko' | 'en' }) {
  const { t } = useTranslation();
  const titleId = useId();
  const largest = Math.max(1, ...lines.map((line) => line.amount));
  const scale = (won: number) => (Math.max(0, won) / largest) * WIDTH;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${WIDTH} ${lines.length * ROW}`} role="img" aria-labelledby={titleId} className="chart__canvas">
        <title id={titleId}>{t('budget.barsTitle')}</title>
        {lines.map((line, row) => {
          let x = 0;
          return (
            <g key={line.lineId} transform={`translate(0 ${row * ROW})`}>
              <text x={0} y={14} className="chart__label">
                {`${lineName(line, language)} · ${formatWon(line.amount)}`}
              </text>
              {SEGMENTS.map(({ key, className }) => {
                const width = scale(segmentValue(line, key));
                const segment = <rect key={key} x={x} y={20} width={width} height={BAR} className={className} />;
                x += width;
                return segment;
              })}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="chart__legend">
          {SEGMENTS.map(({ key, className }) => (
            <li key={key}>
              <span className={`chart__swatch ${className}`} aria-hidden="true" />
              {t(`budget.segments.${key}`)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
