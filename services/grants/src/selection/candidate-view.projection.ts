import { SelectionFactNoted } from '@yunghap/grants-domain';
import { assertNever } from '@yunghap/kernel';
import { collectionRef, defineProjection } from '@yunghap/read-models';

export interface CandidateView {
  readonly _id: string;
  readonly applicationId: string;
  readonly callId: string;
  readonly centerId: string;
  readonly title: string | null;
  readonly requestedWon: number | null;
  readonly eligible: boolean | null;
  readonly passed: boolean | null;
  /** Null until evaluated: such candidates sort after every scored one. */
  readonly totalHundredths: number | null;
  readonly evaluatedAt: string | null;
}

export const CANDIDATES = collectionRef<CandidateView>('candidates');

const blank = (applicationId: string, callId: string, centerId: string): CandidateView => ({
  _id: applicationId,
  applicationId,
  callId,
  centerId,
  title: null,
  requestedWon: null,
  eligible: null,
  passed: null,
  totalHundredths: null,
  evaluatedAt: null,
});

/** One document per application known to grants, for a call's ranking and its what-if. */
export const candidateViewProjection = defineProjection<SelectionFactNoted, CandidateView>({
  name: 'candidate-view',
  collection: CANDIDATES,
  handles: { SelectionFactNoted: true },
  idOf: (event) => event.data.applicationId,
  indexes: [{ keys: { callId: 1, totalHundredths: -1 } }],
  evolve: (doc, event) => {
    const { applicationId, fact } = event.data;
    const view = doc ?? blank(applicationId, fact.callId, fact.centerId);
    switch (fact.kind) {
      case 'submission':
        return { ...view, title: fact.title, requestedWon: view.requestedWon ?? fact.requestedWon };
      case 'screening':
        return { ...view, eligible: fact.eligible, requestedWon: fact.requestedWon };
      case 'evaluation':
        return { ...view, passed: fact.passed, totalHundredths: fact.totalHundredths, evaluatedAt: fact.completedAt };
      default:
        return assertNever(fact);
    }
  },
});
