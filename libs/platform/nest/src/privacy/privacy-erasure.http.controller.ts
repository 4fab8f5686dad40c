import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Type } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CommandMetadata } from '@yunghap/kernel';
import { ErasureApproved, ErasureCommand, erasureDecider, erasureStreamId } from '@yunghap/personal-data';
import { Roles } from '../auth/roles.decorator';
import { IDEMPOTENCY_RETENTION_MS } from '../idempotency/idempotency-key';
import type { ServiceName } from '../config/service-config';
import { ProblemException } from '../problem-details/problem.exception';
import { CommandExecutor } from '../runtime/command-executor';
import { CommandMeta } from '../runtime/command-metadata';
import { CommandPending } from '../runtime/command-pending';
import { SERVICE_RUNTIME } from '../runtime/runtime.di-tokens';
import type { ServiceRuntime } from '../runtime/service-runtime';
import { erasureView } from './erasure-view';
import { ErasureRequestParams, ProposeErasureRequest, RejectErasureRequest } from './privacy-erasure.request.dto';
import { ErasureRequestListResponse, ErasureRequestResponse } from './privacy-erasure.response.dto';

/**
 * `/api/<service>/privacy/erasure` in a service whose events hold personal data: a program manager
 * proposes erasing a person's data once its retention ended, a second one approves it, and the
 * person's key is destroyed — every value sealed under it reads as erased from then on, in read
 * models rebuilt at once, while every hash, proof and checkpoint over the sealed bytes still holds.
 * Auditors read the requests. Built per service, since a route's path is fixed when its class is declared.
 */
export function privacyErasureController(service: ServiceName): Type<unknown> {
  @ApiTags(`${service}: personal data erasure`)
  @ApiBearerAuth()
  @Controller(`api/${service}/privacy/erasure`)
  class PrivacyErasureHttpController {
    constructor(
      @Inject(SERVICE_RUNTIME) readonly runtime: ServiceRuntime,
      readonly commands: CommandExecutor,
    ) {}

    private get personalData() {
      const personalData = this.runtime.personalData;
      if (personalData === null) throw new Error(`The ${service} service holds no personal data`);
      return personalData;
    }

    /** Proposes erasing a person's data; refused before its retention period ends (422 ERASURE.RETENTION_NOT_ENDED, with the day it ends). */
    @Roles('program-manager')
    @Post()
    @ApiCreatedResponse({ type: ErasureRequestResponse, description: 'The request, waiting for a second program manager' })
    async propose(@Body() { subject, reason }: ProposeErasureRequest, @CommandMeta() metadata: CommandMetadata): Promise<ErasureRequestResponse> {
      const requestId = randomUUID();
      const standing = await this.personalData.standingOf(subject);
      await this.decide(requestId, { type: 'ProposeErasure', data: { requestId, subject, reason, standing }, metadata });
      return this.view(requestId);
    }

    /**
     * A second program manager's approval: recorded, then the person's key destroyed and the read
     * models rebuilt without their data (202 while they replay). The proposer cannot approve (403).
     */
    @Roles('program-manager')
    @Post(':requestId/approval')
    @HttpCode(200)
    @ApiOkResponse({ type: ErasureRequestResponse, description: 'The request, approved: the data reads as erased everywhere' })
    async approve(@Param() { requestId }: ErasureRequestParams, @CommandMeta() metadata: CommandMetadata): Promise<ErasureRequestResponse> {
      await this.decide(requestId, { type: 'ApproveErasure', data: { requestId }, metadata });
      const approved = (await this.runtime.store.readStream(erasureStreamId(requestId))).find((event) => event.type === 'PersonalDataErasureApproved');
      if (approved === undefined) throw new Error(`Erasure request ${requestId} was approved but its stream has no approval`);
      await this.personalData.erase(approved.data as unknown as ErasureApproved['data']);
      // Answers kept for Idempotency-Key replays quote what they returned; past their retention none is replayed again.
      await this.runtime.store.idempotency.forgetBefore(new Date(Date.parse(approved.recordedAt) - IDEMPOTENCY_RETENTION_MS));
      await this.runtime.rebuildReadModels();
      await this.runtime.readYourWrites(await this.runtime.store.headPosition());
      return this.view(requestId);
    }

    /** Keeps the data: a program manager (the proposer too, withdrawing) rejects the request with the reason. */
    @Roles('program-manager')
    @Post(':requestId/rejection')
    @HttpCode(200)
    @ApiOkResponse({ type: ErasureRequestResponse, description: 'The request, rejected: nothing is erased' })
    async reject(
      @Param() { requestId }: ErasureRequestParams,
      @Body() { reason }: RejectErasureRequest,
      @CommandMeta() metadata: CommandMetadata,
    ): Promise<ErasureRequestResponse> {
      await this.decide(requestId, { type: 'RejectErasure', data: { requestId, reason }, metadata });
      return this.view(requestId);
    }

    @Roles('program-manager', 'auditor')
    @Get()
    @ApiOkResponse({ type: ErasureRequestListResponse })
    async list(): Promise<ErasureRequestListResponse> {
      const requests = await this.personalData.requests(this.runtime.store);
      return { items: requests.map(erasureView).filter((view): view is ErasureRequestResponse => view !== null) };
    }

    @Roles('program-manager', 'auditor')
    @Get(':requestId')
    @ApiOkResponse({ type: ErasureRequestResponse })
    get(@Param() { requestId }: ErasureRequestParams): Promise<ErasureRequestResponse> {
      return this.view(requestId);
    }

    private async view(requestId: string): Promise<ErasureRequestResponse> {
      const view = erasureView(await this.runtime.store.readStream(erasureStreamId(requestId)));
      if (view === null) throw ProblemException.notFound('erasure request', requestId);
      return view;
    }

    /** The events are what counts: an erasure goes on even when the read models are slow to show it. */
    private async decide(requestId: string, command: ErasureCommand): Promise<void> {
      try {
        await this.commands.execute(erasureStreamId(requestId), command, erasureDecider);
      } catch (error) {
        if (!(error instanceof CommandPending)) throw error;
      }
    }
  }
  return PrivacyErasureHttpController;
}
