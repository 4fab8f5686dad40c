import { evaluationDecider, EvaluationEvent, EvaluationRequestEvent, EvaluationState, isRecused } from '@yunghap/evaluation-domain';
import { assertNever } from '@yunghap/kernel';
import { collectionRef, defineProjection } from '@yunghap/read-models';

export const EVALUATION_STATUSES = ['pending', 'open', 'completed', 'abandoned', 'withdrawn'] as const;
/**
 * `pending`: eligible, waiting for a committee. `abandoned`: ended before its close for a reason
 * other than a withdrawal. A withdrawal overrides the rest, whenever it came.
 */
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

export interface EvaluationView {
  /** The application id: one evaluation per application. */
  readonly _id: string;
  readonly callId: string;
  readonly centerId: string;
  /** The task's title; null for evaluations requested before screenings carried it. */
  readonly title: string | null;
  readonly firms: readonly string[];
  readonly applicationSubmittedAt: string;
  readonly status: EvaluationStatus;
  readonly committeeId: string | null;
  /** Members who may score it: on the committee when it opened and not recused. The work queue matches on it. */
  readonly scorers: readonly string[];
  /**
   * The domain's state, scores included. It never leaves the service as it is: every answer
   * goes through `visibleScores`.
   */
  readonly record: EvaluationState;
  readonly requestedAt: string;
  readonly openedAt: string | null;
  readonly completedAt: string | null;
  readonly withdrawnAt: string | null;
}

export const EVALUATIONS = collectionRef<EvaluationView>('evaluations');

type Derived = 'status' | 'committeeId' | 'scorers';

function withDerived(view: Omit<EvaluationView, Derived>): EvaluationView {
  const { record } = view;
  if (record.status === 'not-opened') return { ...view, status: view.withdrawnAt ? 'withdrawn' : 'pending', committeeId: null, scorers: [] };
  const scorers = record.members.filter((member) => !isRecused(record.recusals, member.userId)).map((member) => member.userId);
  return { ...view, status: view.withdrawnAt ? 'withdrawn' : record.status, committeeId: record.committeeId, scorers };
}

/**
 * One document per application from its request and evaluation streams, in whatever order a
 * withdrawal and an opening raced: the request always comes first, since nothing opens without it.
 */
export const evaluationViewProjection = defineProjection<EvaluationRequestEvent | EvaluationEvent, EvaluationView>({
  name: 'evaluation-view',
  collection: EVALUATIONS,
  handles: {
    EvaluationRequested: true,
    EvaluationWithdrawn: true,
    EvaluationOpened: true,
    MemberRecused: true,
    ScoresheetSubmitted: true,
    ScoresheetSealed: true,
    EvaluationCompleted: true,
    EvaluationAbandoned: true,
  },
  idOf: (event) => event.data.applicationId,
  evolve: (doc, event) => {
    const at = event.metadata.occurredAt;
    switch (event.type) {
      case 'EvaluationRequested': {
        const { applicationId, callId, centerId, firms, applicationSubmittedAt, title = null } = event.data;
        const record = evaluationDecider.initialState();
        return withDerived({
          _id: applicationId,
          callId,
          centerId,
          title,
          firms,
          applicationSubmittedAt,
          record,
          requestedAt: at,
          openedAt: null,
          completedAt: null,
          withdrawnAt: null,
        });
      }
      case 'EvaluationWithdrawn':
        return doc && withDerived({ ...doc, withdrawnAt: at });
      case 'EvaluationOpened':
        return doc && withDerived({ ...doc, record: evaluationDecider.evolve(doc.record, event), openedAt: at });
      case 'EvaluationCompleted':
        return doc && withDerived({ ...doc, record: evaluationDecider.evolve(doc.record, event), completedAt: at });
      case 'MemberRecused':
      case 'ScoresheetSubmitted':
      case 'ScoresheetSealed':
      case 'EvaluationAbandoned':
        return doc && withDerived({ ...doc, record: evaluationDecider.evolve(doc.record, event) });
      default:
        return assertNever(event);
    }
  },
  indexes: [{ keys: { callId: 1, status: 1 } }, { keys: { scorers: 1 } }],
});
