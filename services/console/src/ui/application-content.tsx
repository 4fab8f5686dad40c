import { useTranslation } from 'react-i18next';
import type { ApplicationContent } from '../api/types';
import { formatWon } from '../format/won';
import { TableScroll } from './table-scroll';

/** The consortium, the task and the budget plan of an application, as staff and the applicant read them. */
export function ApplicationContentView({ content }: { readonly content: ApplicationContent }) {
  const { t } = useTranslation();
  const firms = [content.leadFirm, ...content.partnerFirms];
  return (
    <>
      <h2>{t('application.task')}</h2>
      <dl className="facts">
        <dt>{t('form.taskTitle')}</dt>
        <dd>{content.task.title}</dd>
        <dt>{t('form.summary')}</dt>
        <dd>{content.task.summary}</dd>
        <dt>{t('form.stage')}</dt>
        <dd>{t(`stages.${content.task.stage}`)}</dd>
        <dt>{t('form.durationMonths')}</dt>
        <dd>{content.task.durationMonths}</dd>
        <dt>{t('form.technologyFields')}</dt>
        <dd>{content.task.technologyFields.join(', ')}</dd>
        <dt>{t('form.requestedAmount')}</dt>
        <dd>{formatWon(content.requestedAmount)}</dd>
      </dl>
      <h2>{t('application.consortium')}</h2>
      <TableScroll label={t('application.consortium')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('form.firmName')}</th>
              <th scope="col">{t('form.registrationNumber')}</th>
              <th scope="col">{t('form.industryCode')}</th>
              <th scope="col">{t('form.size')}</th>
              <th scope="col">{t('form.province')}</th>
            </tr>
          </thead>
          <tbody>
            {firms.map((firm, index) => (
              <tr key={firm.registrationNumber}>
                <th scope="row">
                  {firm.name}
                  {index === 0 && <span className="badge"> {t('application.lead')}</span>}
                </th>
                <td>{firm.registrationNumber}</td>
                <td>{firm.industryCode}</td>
                <td>{t(`sizes.${firm.size}`)}</td>
                <td>{t(`provinces.${firm.province}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <h2>{t('application.budgetPlan')}</h2>
      <TableScroll label={t('application.budgetPlan')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('form.category')}</th>
              <th scope="col" className="number">
                {t('form.government')}
              </th>
              <th scope="col" className="number">
                {t('form.ownCash')}
              </th>
              <th scope="col" className="number">
                {t('form.ownInKind')}
              </th>
            </tr>
          </thead>
          <tbody>
            {content.budgetPlan.map((item) => (
              <tr key={item.category}>
                <th scope="row">{item.category}</th>
                <td className="number">{formatWon(item.amount)}</td>
                <td className="number">{formatWon(item.ownCash)}</td>
                <td className="number">{formatWon(item.ownInKind)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
