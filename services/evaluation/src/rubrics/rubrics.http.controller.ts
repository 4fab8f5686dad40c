import { Body, Controller, Get, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DEFAULT_RUBRIC, EVALUATION_ROLES, Rubric, rubricDecider, rubricStreamId } from '@yunghap/evaluation-domain';
import { CommandMetadata } from '@yunghap/kernel';
import { CommandExecutor, CommandMeta, Roles, SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { PendingEvaluations } from '../evaluations/pending-evaluations';
import { KnownCalls } from '../known-calls/known-calls';
import { ApiPathIds, PathId } from '../shared/path-id';
import { callRubric } from './call-rubric';
import { CallRubricResponse } from './call-rubric.response.dto';
import { DefineRubricRequest } from './rubrics.request.dto';

/** A call's rubric: read by anyone who takes part, defined once by a program manager. */
@ApiTags('rubrics')
@ApiBearerAuth()
@Controller('api/evaluation/calls/:callId/rubric')
export class RubricsHttpController {
  constructor(
    private readonly commands: CommandExecutor,
    private readonly pending: PendingEvaluations,
    private readonly calls: KnownCalls,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  @Roles(...EVALUATION_ROLES.readRubric)
  @Get()
  @ApiPathIds('callId')
  @ApiOkResponse({ type: CallRubricResponse })
  get(@PathId('callId') callId: string): Promise<CallRubricResponse> {
    return callRubric(this.runtime.store, callId);
  }

  /**
   * Every evaluation of a call must be scored and ranked on one rubric, and each keeps the copy it
   * opened with: once one has opened (on the default), the call's rubric can no longer be defined
   * (409 `RUBRIC.CALL_IN_EVALUATION`, decided on the rubric's stream, which the first opening locks).
   * A definition may lower the quorum, so waiting evaluations are tried again. Only for a call the
   * applications service has opened (422 `CALL.UNKNOWN` otherwise).
   */
  @Roles(...EVALUATION_ROLES.DefineRubric)
  @Post()
  @ApiPathIds('callId')
  @ApiCreatedResponse({ type: CallRubricResponse })
  async define(@PathId('callId') callId: string, @Body() body: DefineRubricRequest, @CommandMeta() metadata: CommandMetadata): Promise<CallRubricResponse> {
    await this.calls.assertKnown(callId, 'callId');
    const rubric: Rubric = {
      criteria: body.criteria.map(({ id, name, weight, minimumPercent }) => ({ id, name, weight, minimumPercent })),
      passThreshold: body.passThreshold ?? DEFAULT_RUBRIC.passThreshold,
      quorum: body.quorum ?? DEFAULT_RUBRIC.quorum,
      trimFrom: body.trimFrom ?? DEFAULT_RUBRIC.trimFrom,
    };
    await this.commands.execute(rubricStreamId(callId), { type: 'DefineRubric', data: { callId, rubric }, metadata }, rubricDecider);
    await this.pending.openPending({ callId }, metadata.correlationId);
    return callRubric(this.runtime.store, callId);
  }
}
