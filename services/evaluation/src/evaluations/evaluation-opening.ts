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
  OpenEvaluation,
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

/**
 * `OpenEvaluation` for a requested application, gathered from `session`'s streams: the request,
 * the committee as it stands (the one named, or the one that serves the application's call and
 * center) and the call's rubric. A refusal says why it cannot open (yet).
 */
export async function openingCommand(
  session: EventStoreSession,
  applicationId: string,
  metadata: CommandMetadata,
  committeeId?: string,
): Promise<OpenEvaluation | DomainError> {
  const request = foldStream(await session.readStream(evaluationRequestStreamId(applicationId)), evaluationRequestDecider);
  if (request.status === 'none') return EvaluationRequestError.becauseNotRequested(applicationId);
  if (request.status === 'withdrawn') return EvaluationRequestError.becauseWithdrawn(applicationId);
  const { callId, centerId, firms, applicationSubmittedAt } = request.request;
  const committee =
    committeeId === undefined
      ? await servingCommittee(session, callId, centerId)
      : ((await readCommittee(session, committeeId)) ?? CommitteeError.becauseNotFound(committeeId));
  if (isDomainError(committee)) return committee;
  const { rubric } = await callRubric(session, callId);
  return { type: 'OpenEvaluation', data: { applicationId, callId, centerId, applicationSubmittedAt, firms, committee, rubric }, metadata };
}

/** Opens the application's evaluation with the committee that serves it, reading and appending through `session`. */
export async function openEvaluation(
  session: EventStoreSession,
  applicationId: string,
  metadata: CommandMetadata,
): Promise<HandleResult<EvaluationEvent, EvaluationState>> {
  const command = await openingCommand(session, applicationId, metadata);
  if (isDomainError(command)) return { ok: false, error: command };
  return handleCommand(session, evaluationStreamId(applicationId), command, evaluationDecider, EVALUATION_OUTBOX);
}
