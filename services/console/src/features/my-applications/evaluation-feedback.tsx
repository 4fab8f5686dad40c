import { useTranslation } from 'react-i18next';
import { applicationsApi } from '../../api/clients';
import { useResource } from '../../api/use-resource';
import { ResourceView } from '../../ui/resource-view';
import { TableScroll } from '../../ui/table-scroll';

// Means are shown to one decimal, as scores are read out at a committee.
const score = (value: number, language: string) => value.toLocaleString(language === 'en' ? 'en-GB' : 'ko-KR', { maximumFractionDigits: 1 });

/** The committee's result once the evaluation closed: the total, each criterion's mean and the reasons given (never who gave which score). */
export function EvaluationFeedbackView({ applicationId }: { readonly applicationId: string }) {
  const { t, i18n } = useTranslation();
  const [feedback] = useResource(`feedback/${applicationId}`, (signal) =>
    applicationsApi.GET('/api/applications/applications/{applicationId}/evaluation-feedback', { params: { path: { applicationId } }, signal }),
  );
  return (
    <section>
      <h2>{t('feedback.title')}</h2>
      <ResourceView resource={feedback}>
        {(current) => (
          <>
            <p>
              {t('feedback.total', { score: score(current.totalScore, i18n.language) })} · {t(`feedback.outcome.${current.outcome}`)}
            </p>
            <TableScroll label={t('feedback.title')}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('feedback.criterion')}</th>
                    <th scope="col">{t('feedback.mean')}</th>
                    <th scope="col">{t('feedback.reasons')}</th>
                  </tr>
                </thead>
                <tbody>
                  {current.criteria.map((criterion) => (
                    <tr key={criterion.criterionId}>
                      <th scope="row">{criterion.name}</th>
                      <td className="number">
                        {score(criterion.mean, i18n.language)} / {criterion.maximum}
                      </td>
                      <td>
                        <ul>
                          {criterion.reasons.map((reason, index) => (
                            <li key={index}>{reason}</li>
                          ))}
                        </ul>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </>
        )}
      </ResourceView>
    </section>
  );
}
