import { useTranslation } from 'react-i18next';
import { commandOutcome } from './command';
import type { FetchResult } from './use-resource';

/**
 * For a confirmation's `onConfirm`: `confirm(send, onDone)` sends the command once, runs `onDone`
 * when it was taken and answers null, or answers the refusal's words for the dialog to show.
 * Example: `onConfirm={() => confirm(() => grantsApi.POST(…), reload)}`.
 */
export function useConfirmCommand() {
  const { t } = useTranslation();
  return async <T>(send: () => Promise<FetchResult<T>>, onDone: () => void): Promise<string | null> => {
    // A network failure rejects the request itself: caught, so that the dialog says so.
    const outcome = await send()
      .then(commandOutcome)
      .catch(() => null);
    if (outcome === null) return t('common.unexpected');
    if ('problem' in outcome) return outcome.problem.detail || t('common.unexpected');
    onDone();
    return null;
  };
}
