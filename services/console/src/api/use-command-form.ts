import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { commandOutcome } from './command';
import { ProblemView, viewOfProblem } from './problem';
import type { FetchResult } from './use-resource';

/**
 * A form's command: `submit(send)` sends it once and answers whether it was done; a refusal is kept
 * as the form's problem, its violations by the fields in `shownFields` (see `viewOfProblem`).
 * Example: `if (await submit(() => evaluationApi.POST(…))) onAdded();`, `errorsOf('name')` beside the field.
 */
export function useCommandForm(shownFields: ReadonlySet<string>) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<ProblemView | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async <T>(send: () => Promise<FetchResult<T>>): Promise<boolean> => {
    setBusy(true);
    // A network failure rejects the request itself: caught, so that the form comes back.
    const outcome = await send()
      .then(commandOutcome)
      .catch(() => null);
    setBusy(false);
    if (outcome === null) setProblem({ byField: {}, general: [t('common.unexpected')] });
    else if ('problem' in outcome) setProblem(viewOfProblem(outcome.problem, shownFields));
    else setProblem(null);
    return outcome !== null && !('problem' in outcome);
  };
  const errorsOf = (field: string): readonly string[] => problem?.byField[field] ?? [];
  return { problem, busy, submit, errorsOf };
}
