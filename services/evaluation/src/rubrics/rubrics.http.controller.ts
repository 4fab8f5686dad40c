import { Body, Controller, Get, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DEFAULT_RUBRIC, rubricDecider } from '@yunghap/evaluation-domain';
import { CommandMetadata } from '@yunghap/kernel';
import { CommandExecutor, CommandMeta, ProblemException, Roles, SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { EvaluationViews } from '../evaluations/evaluation-views';
import { PendingEvaluations } from '../evaluations/pending-evaluations';
import { callRubric, rubricStreamId } from './call-rubric';
import { DefineRubricRequest } from './rubrics.request.dto';

/** A call's rubric: read by anyone who takes part, defined once by a program manager. */
@ApiTags('rubrics')
@ApiBearerAuth()
@Controller('api/evaluation/calls/:callId/rubric')
export class RubricsHttpController {
  constructor(
    private readonly commands: CommandExecutor,
    private readonly views: EvaluationViews,
    private readonly pending: PendingEvaluations,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  @Roles('program-manager', 'center-staff', 'committee-member', 'finance', 'auditor')
  @Get()
  get(@Param('callId') callId: string) {
    return callRubric(this.runtime.store, callId);
  }

  /**
   * Every evaluation of a call must be scored and ranked on one rubric, and each keeps the copy it
   * opened with: once one has opened (on the default), the call's rubric can no longer be defined.
   * A definition may lower the quorum, so waiting evaluations are tried again.
   */
  @Roles('program-manager')
  @Post()
  async define(@Param('callId') callId: string, @Body() body: DefineRubricRequest, @CommandMeta() metadata: CommandMetadata) {
    if ((await this.views.collection().count({ callId, openedAt: { $ne: null } })) > 0) {
      throw new ProblemException(409, 'RUBRIC.CALL_IN_EVALUATION', `Evaluations of call ${callId} have opened; its rubric can no longer change`);
    }
    const rubric = { ...DEFAULT_RUBRIC, ...body };
    await this.commands.execute(rubricStreamId(callId), { type: 'DefineRubric', data: { callId, rubric }, metadata }, rubricDecider);
    await this.pending.openPending({ callId }, metadata.correlationId);
    return callRubric(this.runtime.store, callId);
  }
}
