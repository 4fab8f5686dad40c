import { grantsApi } from '../../api/clients';
import { commandOutcome } from '../../api/command';
import { Problem, unexpectedProblem } from '../../api/problem';
import type { PendingApproval } from '../../api/types';
import type { FetchResult } from '../../api/use-resource';

async function problemOf<T>(sent: Promise<FetchResult<T>>): Promise<Problem | null> {
  const outcome = await commandOutcome(await sent);
  return 'problem' in outcome ? outcome.problem : null;
}

/** Takes the approval an item of the queue waits for, at the endpoint of its kind; answers the refusal, if any. */
export function approve(item: PendingApproval): Promise<Problem | null> {
  const grantId = item.grantId ?? '';
  switch (item.kind) {
    case 'award':
      return problemOf(grantsApi.POST('/api/grants/grants/{grantId}/approval', { params: { path: { grantId } } }));
    case 'line-exception':
      return problemOf(grantsApi.POST('/api/grants/grants/{grantId}/line-exception/approval', { params: { path: { grantId } } }));
    case 'disbursement':
      return problemOf(
        grantsApi.POST('/api/grants/grants/{grantId}/tranches/{trancheId}/approval', { params: { path: { grantId, trancheId: item.trancheId ?? '' } } }),
      );
    case 'recovery':
      return problemOf(
        grantsApi.POST('/api/grants/grants/{grantId}/recoveries/{recoveryId}/approval', {
          params: { path: { grantId, recoveryId: item.recoveryId ?? '' } },
        }),
      );
    case 'allocation':
      return problemOf(grantsApi.POST('/api/grants/allocations/{allocationId}/approval', { params: { path: { allocationId: item.allocationId ?? '' } } }));
  }
}

/** Turns down what an item of the queue proposes, with the reason its proposer will read; answers the refusal, if any. */
export function reject(item: PendingApproval, reason: string): Promise<Problem | null> {
  const grantId = item.grantId ?? '';
  switch (item.kind) {
    case 'award':
      return problemOf(grantsApi.POST('/api/grants/grants/{grantId}/rejection', { params: { path: { grantId } }, body: { reason } }));
    case 'recovery':
      return problemOf(
        grantsApi.POST('/api/grants/grants/{grantId}/recoveries/{recoveryId}/rejection', {
          params: { path: { grantId, recoveryId: item.recoveryId ?? '' } },
          body: { reason },
        }),
      );
    case 'allocation':
      return problemOf(
        grantsApi.POST('/api/grants/allocations/{allocationId}/rejection', {
          params: { path: { allocationId: item.allocationId ?? '' } },
          body: { note: reason },
        }),
      );
    // The service offers no rejection of these (`mayReject` is false): asked anyway, it is a failure, never a silent success.
    case 'line-exception':
    case 'disbursement':
      return Promise.resolve(unexpectedProblem(0));
  }
}

/** The catalogue key that says why the caller may not approve, for the refusals people meet every day; null to show the service's own words. */
export function refusalKey(code: string): string | null {
  if (code.endsWith('.FOUR_EYES')) return 'approvals.why.fourEyes';
  if (code.endsWith('.ROLE_NOT_ALLOWED')) return 'approvals.why.role';
  if (code === 'GRANT.LINE_EXCEPTION_PENDING') return 'approvals.why.lineException';
  return null;
}
