import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { EVALUATION_ROLES } from '@yunghap/evaluation-domain';
import { AuthenticatedUser, CurrentUser, Roles } from '@yunghap/platform-nest';
import { evaluationSummary, sheetProgress } from '../evaluations/evaluation.response';
import { EvaluationViews } from '../evaluations/evaluation-views';
import { WORK_QUEUE_STATUSES, WorkQueueQuery } from './work-queue.request.dto';
import { WorkQueueItemResponse } from './work-queue.response.dto';

/**
 * A committee member's work queue: the evaluations they score (on the committee when it opened,
 * not recused, of a committee their token names), each with how far their own sheet is. Waiting
 * and withdrawn evaluations are nobody's work.
 */
@ApiTags('work-queue')
@ApiBearerAuth()
@Controller('api/evaluation/work-queue')
export class WorkQueueHttpController {
  constructor(private readonly views: EvaluationViews) {}

  @Roles(...EVALUATION_ROLES.readWorkQueue)
  @Get()
  @ApiOkResponse({ type: [WorkQueueItemResponse], description: 'By opening time, then application id' })
  async queue(@Query() query: WorkQueueQuery, @CurrentUser() user: AuthenticatedUser): Promise<WorkQueueItemResponse[]> {
    const statuses = query.status ? [query.status] : WORK_QUEUE_STATUSES;
    const filter = { scorers: user.userId, committeeId: { $in: user.committeeIds }, status: { $in: statuses } };
    const assigned = await this.views.collection().find(filter, { sort: { openedAt: 1, _id: 1 } });
    return assigned.map((view) => ({ ...evaluationSummary(view), mySheet: sheetProgress(view.record, user.userId) }));
  }
}
