import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExecutionSeries } from '../../api/types';
import { formatRate } from '../../format/rate';
import { formatDate, formatMonth } from '../../format/when';
import { formatWon } from '../../format/won';
import { DataTable } from '../../ui/data-table';
import { netDisbursed } from './budget-figures';

const WIDTH = 640;
const HEIGHT = 200;
const LEFT = 56;
const BOTTOM = 28;

/**
 * The program's execution rate (집행률: paid out net of recoveries ÷ the program's total) at the end
 * of each month so far and now, drawn as a line and listed in a table with the same figures.
 */
export function ExecutionChart({ series, language }: { readonly series: ExecutionSeries; readonly language: 'ko' | 'en' }) {
  const { t } = useTranslation();
  const titleId = useId();
  const { total, points } = series;
  const rates = points.map((point) => (total === 0 ? 0 : netDisbursed(point) / total));
  // The axis reaches a little above the highest rate so that a small rate still shows its rise.
  const top = Math.max(0.01, ...rates) * 1.2;
  const x = (index: number) => LEFT + (points.length <= 1 ? 0 : (index / (points.length - 1)) * (WIDTH - LEFT - 8));
  const y = (rate: number) => HEIGHT - BOTTOM - (rate / top) * (HEIGHT - BOTTOM - 8);

  return (
    <section>
      <h2>{t('budget.executionTitle', { year: series.year })}</h2>
      <figure className="chart">
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={titleId} className="chart__canvas">
          <title id={titleId}>{t('budget.executionChart')}</title>
          <line x1={LEFT} y1={y(0)} x2={WIDTH - 8} y2={y(0)} className="chart__axis" />
          <line x1={LEFT} y1={8} x2={LEFT} y2={y(0)} className="chart__axis" />
          <text x={LEFT - 6} y={y(0)} className="chart__tick" textAnchor="end">
            {formatRate(0, 1, language)}
          </text>
          <text x={LEFT - 6} y={y(top) + 10} className="chart__tick" textAnchor="end">
            {formatRate(top, 1, language)}
          </text>
          <polyline points={rates.map((rate, index) => `${x(index)},${y(rate)}`).join(' ')} className="chart__line" />
          {rates.map((rate, index) => (
            <circle key={points[index].at} cx={x(index)} cy={y(rate)} r={4} className="chart__point" />
          ))}
          {points.map((point, index) => (
            <text key={point.at} x={x(index)} y={HEIGHT - 8} className="chart__tick" textAnchor="middle">
              {formatMonth(point.at, language)}
            </text>
          ))}
        </svg>
      </figure>
      <DataTable
        label={t('budget.executionTable')}
        columns={[
          { label: t('budget.asOf') },
          { label: t('budget.segments.netDisbursed'), numeric: true },
          { label: t('budget.segments.committed'), numeric: true },
          { label: t('budget.executionRate'), numeric: true },
        ]}
      >
        {points.map((point) => (
          <tr key={point.at}>
            <th scope="row">{formatDate(point.at, language)}</th>
            <td className="number">{formatWon(netDisbursed(point))}</td>
            <td className="number">{formatWon(point.committed)}</td>
            <td className="number">{formatRate(netDisbursed(point), total, language)}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
