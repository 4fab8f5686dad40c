import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { EVALUATION_ROLES } from '@yunghap/evaluation-domain';
import { AuthenticatedUser, CurrentUser, mapPage, readPage, Roles, SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { COMMITTEES } from '../committees/committee-view.projection';
import { evaluationSummary, sheetProgress } from '../evaluations/evaluation.presenter';
import { EvaluationViews } from '../evaluations/evaluations.queries';
import { KnownCalls } from '../known-calls/known-calls';
import { WORK_QUEUE_STATUSES, WorkQueueQuery } from './work-queue.request.dto';
import { WorkQueuePageResponse } from './work-queue.response.dto';

/**
 * A committee member's work queue: the evaluations they score (on the committee when it opened,
 * not recused, of a committee their token names), each with how far their own sheet is, the
 * call's title and the committee's scoring deadline. Waiting and withdrawn evaluations are
 * nobody's work.
 */
@ApiTags('work-queue')
@ApiBearerAuth()
@Controller('api/evaluation/work-queue')
export class WorkQueueHttpController {
  constructor(
    private readonly views: EvaluationViews,
    private readonly calls: KnownCalls,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  @Roles(...EVALUATION_ROLES.readWorkQueue)
  @Get()
  @ApiOkResponse({ type: WorkQueuePageResponse })
  async queue(@Query() query: WorkQueueQuery, @CurrentUser() user: AuthenticatedUser): Promise<WorkQueuePageResponse> {
    const statuses = query.status ? [query.status] : WORK_QUEUE_STATUSES;
    const filter = { scorers: user.userId, committeeId: { $in: user.committeeIds }, status: { $in: statuses } };
    const page = await readPage(query, (window) => this.views.collection().find(filter, { sort: { openedAt: 1, _id: 1 }, ...window }));
    const deadlines = await this.deadlinesOf(page.items.map((view) => view.committeeId));
    const callTitles = await this.callTitlesOf(page.items.map((view) => view.callId));
    return mapPage(page, (view) => ({
      ...evaluationSummary(view),
      callTitle: callTitles.get(view.callId) ?? null,
      scoresDueAt: (view.committeeId && deadlines.get(view.committeeId)) ?? null,
      mySheet: sheetProgress(view.record, user.userId),
    }));
  }

  private async deadlinesOf(committeeIds: readonly (string | null)[]): Promise<Map<string, string | null>> {
    const ids = [...new Set(committeeIds.filter((id): id is string => id !== null))];
    const committees = await COMMITTEES.in(this.runtime.readModels).find({ _id: { $in: ids } });
    return new Map(committees.map((committee) => [committee._id, committee.scoresDueAt ?? null]));
  }

  // A page names a handful of calls, each a stream of one or two events.
  private async callTitlesOf(callIds: readonly string[]): Promise<Map<string, string | null>> {
    const ids = [...new Set(callIds)];
    const states = await Promise.all(ids.map((callId) => this.calls.stateOf(callId)));
    return new Map(states.flatMap((state) => (state.status === 'unknown' ? [] : [[state.callId, state.title] as const])));
  }
}
