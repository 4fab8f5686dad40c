import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { EVALUATION_ROLES, rankEvaluations } from '@yunghap/evaluation-domain';
import { isDomainError } from '@yunghap/kernel';
import { AuthenticatedUser, CurrentUser, DomainRefusal, ProblemException, Roles } from '@yunghap/platform-nest';
import { EvaluationViews } from '../evaluations/evaluations.queries';
import { ApiPathIds, PathId } from '../shared/path-id';
import { RankingResponse } from './ranking.response.dto';

/**
 * The ranking of a call, from its completed evaluations, in the domain's documented order
 * (passed first, total, weakest criterion, primary criterion, earlier submission, application id).
 * Withdrawn applications are not ranked. Center staff see their own center's entries, each with
 * its rank in the whole call, so a center knows where its applicants stand without seeing others.
 */
@ApiTags('ranking')
@ApiBearerAuth()
@Controller('api/evaluation/calls')
export class RankingHttpController {
  constructor(private readonly views: EvaluationViews) {}

  @Roles(...EVALUATION_ROLES.readRanking)
  @Get(':callId/ranking')
  @ApiPathIds('callId')
  @ApiOkResponse({ type: RankingResponse })
  async ranking(@PathId('callId') callId: string, @CurrentUser() user: AuthenticatedUser): Promise<RankingResponse> {
    const evaluations = this.views.collection();
    const [known, stillInEvaluation, completed] = await Promise.all([
      evaluations.count({ callId }),
      evaluations.count({ callId, status: { $in: ['pending', 'open'] } }),
      evaluations.find({ callId, status: 'completed' }),
    ]);
    if (known === 0)
      throw new ProblemException(
        404,
        'CALL.NOT_FOUND',
        `공모 ${callId}의 신청이 아직 평가에 오지 않았습니다. (No application of call ${callId} has reached evaluation.)`,
      );
    const ranked = rankEvaluations(completed.flatMap(({ record }) => (record.status === 'completed' ? [record.result] : [])));
    if (isDomainError(ranked)) throw new DomainRefusal(ranked);
    const entries = user.role === 'center-staff' ? ranked.filter((entry) => entry.centerId === user.centerId) : ranked;
    return { callId, final: stillInEvaluation === 0, stillInEvaluation, entries };
  }
}
