import { Body, Controller, Get, HttpCode, Inject, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { APPLICATIONS_ROLES, callStreamId } from '@yunghap/applications-domain';
import { CommandMetadata, programYearOf } from '@yunghap/kernel';
import {
  CommandExecutor,
  CommandMeta,
  mapPage,
  PageQuery,
  ProblemException,
  publicView,
  readPage,
  Roles,
  SERVICE_RUNTIME,
  ServiceRuntime,
} from '@yunghap/platform-nest';
import type { Response } from 'express';
import { CALL_DECIDER, CallDecider } from '../applications.di-tokens';
import { ProgramLimitReader } from '../program-policy-replica/program-limit.queries';
import { AcceptsIfMatch, IfMatchVersion, tagWithVersion, withExpectedVersion } from '../shared/expected-version';
import { ETAG_HEADER, LOCATION_HEADER, setLocation } from '../shared/response-headers';
import { CALLS } from './call-view.projection';
import { CallPageResponse, callResponseOf, CallResponse } from './call.response.dto';
import { callOutbox } from './calls.outbox';
import { AmendCallRequest, CallPathParams, CloseCallRequest, OpenCallRequest } from './calls.request.dto';

const callNotFound = (callId: string) => new ProblemException(404, 'CALL.NOT_FOUND', `공모가 없습니다. (No call with id ${callId}.)`);

/**
 * Calls for applications (공고): read by every role, opened, amended and closed by program managers.
 * Opening and closing early are published (`applications.CallOpened`, `…CallClosed`).
 */
@ApiTags('calls')
@ApiBearerAuth()
@Controller('api/applications/calls')
export class CallsHttpController {
  constructor(
    private readonly commands: CommandExecutor,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
    @Inject(CALL_DECIDER) private readonly decider: CallDecider,
    private readonly limits: ProgramLimitReader,
  ) {}

  private calls() {
    return CALLS.in(this.runtime.readModels);
  }

  private async existing(callId: string): Promise<CallResponse> {
    const call = await this.calls().findOne({ _id: callId });
    if (!call) throw callNotFound(callId);
    return callResponseOf(publicView(call));
  }

  @Roles(...APPLICATIONS_ROLES.readCalls)
  @Get()
  @ApiOkResponse({ type: CallPageResponse })
  async list(@Query() query: PageQuery): Promise<CallPageResponse> {
    return mapPage(await readPage(query, (window) => this.calls().find({}, { sort: { opensAt: -1, _id: 1 }, ...window })), callResponseOf);
  }

  @Roles(...APPLICATIONS_ROLES.readCalls)
  @Get(':callId')
  @ApiOkResponse({ type: CallResponse, headers: ETAG_HEADER })
  async get(@Param() { callId }: CallPathParams, @Res({ passthrough: true }) response: Response): Promise<CallResponse> {
    return tagWithVersion(response, await this.existing(callId));
  }

  @Roles(...APPLICATIONS_ROLES.OpenCall)
  @Post()
  @ApiCreatedResponse({ type: CallResponse, headers: { ...LOCATION_HEADER, ...ETAG_HEADER } })
  async open(@Body() body: OpenCallRequest, @CommandMeta() metadata: CommandMetadata, @Res({ passthrough: true }) response: Response): Promise<CallResponse> {
    // Set before the command runs: a 202 (recorded, not yet readable) carries it too.
    setLocation(response, `/api/applications/calls/${body.callId}`);
    // The cap may not exceed the grants context's limit for the program year the call opens in.
    const programLimit = await this.limits.limitFor(programYearOf(body.opensAt), 'opensAt');
    await this.commands.execute(callStreamId(body.callId), { type: 'OpenCall', data: { ...body, programLimit }, metadata }, this.decider, callOutbox());
    return tagWithVersion(response, await this.existing(body.callId));
  }

  @Roles(...APPLICATIONS_ROLES.AmendCall)
  @Patch(':callId')
  @AcceptsIfMatch()
  @ApiOkResponse({ type: CallResponse, headers: ETAG_HEADER })
  async amend(
    @Param() { callId }: CallPathParams,
    @Body() body: AmendCallRequest,
    @IfMatchVersion() ifMatch: number | undefined,
    @CommandMeta() metadata: CommandMetadata,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CallResponse> {
    const { opensAt } = await this.existing(callId);
    const programLimit = await this.limits.limitFor(programYearOf(opensAt), 'opensAt');
    await this.commands.execute(
      callStreamId(callId),
      { type: 'AmendCall', data: { callId, ...body, programLimit }, metadata },
      withExpectedVersion(this.decider, ifMatch),
      callOutbox(),
    );
    return tagWithVersion(response, await this.existing(callId));
  }

  @Roles(...APPLICATIONS_ROLES.CloseCall)
  @Post(':callId/close')
  @HttpCode(200)
  @AcceptsIfMatch()
  @ApiOkResponse({ type: CallResponse, headers: ETAG_HEADER })
  async close(
    @Param() { callId }: CallPathParams,
    @Body() body: CloseCallRequest,
    @IfMatchVersion() ifMatch: number | undefined,
    @CommandMeta() metadata: CommandMetadata,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CallResponse> {
    await this.existing(callId);
    await this.commands.execute(
      callStreamId(callId),
      { type: 'CloseCall', data: { callId, reason: body.reason }, metadata },
      withExpectedVersion(this.decider, ifMatch),
      callOutbox(),
    );
    return tagWithVersion(response, await this.existing(callId));
  }
}
