import { Body, Controller, Get, HttpCode, Inject, Param, Patch, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CommandMetadata } from '@yunghap/kernel';
import { CommandExecutor, CommandMeta, HUMAN_ROLES, ProblemException, publicView, Roles, SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import type { Response } from 'express';
import { CALL_DECIDER, CallDecider } from '../applications.di-tokens';
import { AcceptsIfMatch, IfMatchVersion, versionTag, withExpectedVersion } from '../shared/expected-version';
import { callStreamId } from '../shared/stream-ids';
import { CALLS_COLLECTION, CallView } from './call-view.projection';
import { AmendCallRequest, CloseCallRequest, OpenCallRequest } from './calls.request.dto';

/** Calls for applications (공고): read by every role, opened, amended and closed by program managers. */
@ApiTags('calls')
@ApiBearerAuth()
@Controller('api/applications/calls')
export class CallsHttpController {
  constructor(
    private readonly commands: CommandExecutor,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
    @Inject(CALL_DECIDER) private readonly decider: CallDecider,
  ) {}

  private calls() {
    return this.runtime.readModels.collection<CallView>(CALLS_COLLECTION);
  }

  private async existing(callId: string) {
    const call = await this.calls().findOne({ _id: callId });
    if (!call) throw ProblemException.notFound('call', callId);
    return publicView(call);
  }

  @Roles(...HUMAN_ROLES)
  @Get()
  async list() {
    return (await this.calls().find({}, { sort: { opensAt: -1, _id: 1 } })).map(publicView);
  }

  @Roles(...HUMAN_ROLES)
  @Get(':callId')
  async get(@Param('callId') callId: string, @Res({ passthrough: true }) response: Response) {
    const call = await this.existing(callId);
    response.setHeader('ETag', versionTag(call.version));
    return call;
  }

  @Roles('program-manager')
  @Post()
  async open(@Body() body: OpenCallRequest, @CommandMeta() metadata: CommandMetadata) {
    await this.commands.execute(callStreamId(body.callId), { type: 'OpenCall', data: body, metadata }, this.decider);
    return this.existing(body.callId);
  }

  @Roles('program-manager')
  @Patch(':callId')
  @AcceptsIfMatch()
  async amend(@Param('callId') callId: string, @Body() body: AmendCallRequest, @IfMatchVersion() ifMatch: number | undefined, @CommandMeta() metadata: CommandMetadata) {
    await this.existing(callId);
    await this.commands.execute(callStreamId(callId), { type: 'AmendCall', data: { callId, ...body }, metadata }, withExpectedVersion(this.decider, ifMatch));
    return this.existing(callId);
  }

  @Roles('program-manager')
  @Post(':callId/close')
  @HttpCode(200)
  @AcceptsIfMatch()
  async close(@Param('callId') callId: string, @Body() body: CloseCallRequest, @IfMatchVersion() ifMatch: number | undefined, @CommandMeta() metadata: CommandMetadata) {
    await this.existing(callId);
    await this.commands.execute(callStreamId(callId), { type: 'CloseCall', data: { callId, reason: body.reason }, metadata }, withExpectedVersion(this.decider, ifMatch));
    return this.existing(callId);
  }
}
