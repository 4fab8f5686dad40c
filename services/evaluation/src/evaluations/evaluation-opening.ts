import {
  CommitteeError,
  CommitteeSnapshot,
  evaluationDecider,
  EvaluationEvent,
  evaluationRequestDecider,
  EvaluationRequestError,
  evaluationRequestStreamId,
  EvaluationState,
  evaluationStreamId,
  LockRubric,
  OpenEvaluation,
  rubricDecider,
  rubricStreamId,
} from '@yunghap/evaluation-domain';
import { EventStoreSession, foldStream, handleCommand, HandleResult } from '@yunghap/event-store';
import { CommandMetadata, DomainError, isDomainError } from '@yunghap/kernel';
import { RefusalReasons } from '@yunghap/platform-nest';
import { committeeIdFor, readCommittee } from '../committees/committee-id';
import { callRubric } from '../rubrics/call-rubric';
import { EVALUATION_OUTBOX } from './evaluation.outbox';

/** Refusals that leave an eligible application waiting: a committee may be formed or staffed later. */
export const STILL_WAITING: RefusalReasons = {
  'EVALUATION.NO_COMMITTEE': 'evaluation waiting for a committee',
  'EVALUATION.QUORUM_UNREACHABLE': 'evaluation waiting for a committee that can reach its quorum',
};

/** The call's committee for the application's center, else the call's shared committee. */
async function servingCommittee(session: EventStoreSession, callId: string, centerId: string): Promise<CommitteeSnapshot | DomainError> {
  const ofCenter = await readCommittee(session, committeeIdFor(callId, { kind: 'center', centerId }));
  const serving = ofCenter ?? (await readCommittee(session, committeeIdFor(callId, { kind: 'shared' })));
  return serving ?? EvaluationRequestError.becauseNoCommittee(callId, centerId);
}

/** The opening command, and whether the rubric it copies is the call's own or the default. */
interface Opening {
  readonly command: OpenEvaluation;
  readonly openedWith: 'defined' | 'default';
}

/**
 * `OpenEvaluation` for a requested application, gathered from `session`'s streams: the request,
 * the committee as it stands (the one named, or the one that serves the application's call and
 * center) and the call's rubric. A refusal says why it cannot open (yet).
 */
async function openingOf(session: EventStoreSession, applicationId: string, metadata: CommandMetadata, committeeId?: string): Promise<Opening | DomainError> {
  const request = foldStream(await session.readStream(evaluationRequestStreamId(applicationId)), evaluationRequestDecider);
  if (request.status === 'none') return EvaluationRequestError.becauseNotRequested(applicationId);
  if (request.status === 'withdrawn') return EvaluationRequestError.becauseWithdrawn(applicationId);
  const { callId, centerId, firms, applicationSubmittedAt } = request.request;
  const committee =
    committeeId === undefined
      ? await servingCommittee(session, callId, centerId)
      : ((await readCommittee(session, committeeId)) ?? CommitteeError.becauseNotFound(committeeId));
  if (isDomainError(committee)) return committee;
  const { rubric, source } = await callRubric(session, callId);
  return {
    command: { type: 'OpenEvaluation', data: { applicationId, callId, centerId, applicationSubmittedAt, firms, committee, rubric }, metadata },
    openedWith: source,
  };
}

/**
 * Opens the application's evaluation with the committee named, else the one that serves it,
 * reading and appending through `session`. The call's rubric is locked first, on its stream with
 * the expected version, and only once the opening is sure to be decided (a refusal leaves the
 * rubric free): a definition racing the call's first opening either lands before the lock, and the
 * opening then reads it on its second attempt (a definition is final, so there is no third), or
 * is refused after it (`RUBRIC.CALL_IN_EVALUATION`).
 */
export async function openEvaluation(
  session: EventStoreSession,
  applicationId: string,
  metadata: CommandMetadata,
  committeeId?: string,
): Promise<HandleResult<EvaluationEvent, EvaluationState>> {
  for (let attempt = 1; ; attempt++) {
    const opening = await openingOf(session, applicationId, metadata, committeeId);
    if (isDomainError(opening)) return { ok: false, error: opening };
    const streamId = evaluationStreamId(applicationId);
    const decided = evaluationDecider.decide(opening.command, foldStream(await session.readStream(streamId), evaluationDecider));
    if (isDomainError(decided)) return { ok: false, error: decided };
    const { callId } = opening.command.data;
    const lock: LockRubric = { type: 'LockRubric', data: { callId, openedWith: opening.openedWith }, metadata };
    const locked = await handleCommand(session, rubricStreamId(callId), lock, rubricDecider);
    if (locked.ok) return handleCommand(session, streamId, opening.command, evaluationDecider, EVALUATION_OUTBOX);
    if (locked.error.code !== 'RUBRIC.DEFINED_WHILE_OPENING' || attempt > 1) return { ok: false, error: locked.error };
  }
}
