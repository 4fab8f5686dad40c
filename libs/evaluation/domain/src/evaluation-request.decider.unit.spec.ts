import { CommandMetadata } from '@yunghap/kernel';
import { deciderSpecification } from '@yunghap/testing';
import {
  EvaluationRequest,
  EvaluationRequested,
  evaluationRequestDecider,
  EvaluationWithdrawn,
  RequestEvaluation,
  WithdrawFromEvaluation,
} from './evaluation-request.decider';

const platform: CommandMetadata = { now: '2025-04-01T10:00:00+09:00', actor: { userId: 'yunghap', role: 'system' } };
const request: EvaluationRequest = {
  applicationId: 'app-1',
  callId: 'call-1',
  centerId: 'jungbu',
  firms: ['1048612345', '3148698765'],
  applicationSubmittedAt: '2025-03-14T17:30:00+09:00',
};
const requestEvaluation: RequestEvaluation = { type: 'RequestEvaluation', data: request, metadata: platform };
const withdraw: WithdrawFromEvaluation = { type: 'WithdrawFromEvaluation', data: { applicationId: 'app-1', callId: 'call-1' }, metadata: platform };
const requested: EvaluationRequested = { type: 'EvaluationRequested', data: request };
const withdrawn: EvaluationWithdrawn = { type: 'EvaluationWithdrawn', data: { applicationId: 'app-1', callId: 'call-1' } };

const spec = deciderSpecification(evaluationRequestDecider);

describe('evaluation requests', () => {
  it('records an eligible application once, however often its screening is heard', () => {
    spec.given([]).when(requestEvaluation).then([requested]);
    spec.given([requested]).when(requestEvaluation).then([]);
  });

  it('records a withdrawal once, before or after the request, and requests nothing afterwards', () => {
    spec.given([requested]).when(withdraw).then([withdrawn]);
    spec.given([]).when(withdraw).then([withdrawn]);
    spec.given([requested, withdrawn]).when(withdraw).then([]);
    spec.given([withdrawn]).when(requestEvaluation).then([]);
  });

  it('is driven by the platform only', () => {
    const byManager = { ...requestEvaluation, metadata: { ...platform, actor: { userId: 'pm-kim', role: 'program-manager' as const } } };
    spec.given([]).when(byManager).thenFails('EVALUATION_REQUEST.ROLE_NOT_ALLOWED', { role: 'program-manager' });
  });
});
