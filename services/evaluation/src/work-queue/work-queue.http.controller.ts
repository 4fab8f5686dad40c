import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { EVALUATION_ROLES } from '@yunghap/evaluation-domain';
import { AuthenticatedUser, CurrentUser, mapPage, readPage, Roles } from '@yunghap/platform-nest';
import { evaluationSummary, sheetProgress } from '../evaluations/evaluation.presenter';
import { EvaluationViews } from '../evaluations/evaluations.queries';
import { WORK_QUEUE_STATUSES, WorkQueueQuery } from './work-queue.request.dto';
import { WorkQueuePageResponse } from './work-queue.response.dto';

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
  @ApiOkResponse({ type: WorkQueuePageResponse })
  async queue(@Query() query: WorkQueueQuery, @CurrentUser() user: AuthenticatedUser): Promise<WorkQueuePageResponse> {
    const statuses = query.status ? [query.status] : WORK_QUEUE_STATUSES;
    const filter = { scorers: user.userId, committeeId: { $in: user.committeeIds }, status: { $in: statuses } };
    const page = await readPage(query, (window) => this.views.collection().find(filter, { sort: { openedAt: 1, _id: 1 }, ...window }));
    return mapPage(page, (view) => ({ ...evaluationSummary(view), mySheet: sheetProgress(view.record, user.userId) }));
  }
}
