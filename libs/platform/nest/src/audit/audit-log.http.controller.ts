import { Controller, Get, Inject, Query, Type } from '@nestjs/common';
import { collectEvidence } from '@yunghap/audit-log';
import { toBase64 } from '@yunghap/transparency-log';
import { ApiBearerAuth, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Public, Roles } from '../auth/roles.decorator';
import type { ServiceName } from '../config/service-config';
import { SERVICE_RUNTIME } from '../runtime/runtime.di-tokens';
import type { ServiceRuntime } from '../runtime/service-runtime';
import { ProblemException } from '../problem-details/problem.exception';
import { EvidenceQuery } from './audit-log.request.dto';
import { AuditKeysResponse, AuditLogStatusResponse, AuditVerificationResponse, EvidenceLogResponse } from './audit-log.response.dto';
import type { AuditVerification } from './service-audit-log';

/** Who may look at the audit log's state and have it verified: those who answer for the money and its audit. */
export const AUDIT_LOG_READERS = ['auditor', 'finance', 'program-manager'] as const;

function verificationResponse(verification: AuditVerification): AuditVerificationResponse {
  const { chain, log } = verification;
  const broken = chain.firstBreak;
  return {
    ok: verification.ok,
    checkedAt: verification.checkedAt,
    chain: {
      ok: chain.ok,
      streamsChecked: chain.streamsChecked,
      eventsChecked: chain.eventsChecked,
      firstBreak: broken === null ? null : `${broken.streamId} v${broken.version} @${broken.position ?? '?'}: ${broken.reason}`,
    },
    log: { ...log, witnessed: log.witnessed && { ...log.witnessed } },
  };
}

/**
 * Every service's `/api/<service>/audit-log`: the keys, the keeper, the newest checkpoint, and the
 * log verified against its witnesses on demand. Built per service, since a route's path is fixed
 * when its class is declared.
 */
export function auditLogController(service: ServiceName): Type<unknown> {
  @ApiTags(`${service}: audit log`)
  @ApiBearerAuth()
  @Controller(`api/${service}/audit-log`)
  class AuditLogHttpController {
    constructor(@Inject(SERVICE_RUNTIME) readonly runtime: ServiceRuntime) {}

    /** The log's keys, the keeper's state, the newest signed checkpoint and the last periodic verification. */
    @Roles(...AUDIT_LOG_READERS)
    @Get()
    @ApiOkResponse({ type: AuditLogStatusResponse })
    async status(): Promise<AuditLogStatusResponse> {
      const { auditLog, store } = this.runtime;
      const state = auditLog.keeper.state;
      const latest = await store.auditTree.latestCheckpoint();
      return {
        keys: { origin: auditLog.keys.origin, verifierKeys: [...auditLog.keys.verifierKeys] },
        keeper: {
          kind: state.kind,
          treeSize: state.kind === 'keeping' ? state.treeSize : null,
          checkpointSize: state.kind === 'keeping' ? state.checkpointSize : null,
          reason: state.kind === 'refusing' ? state.reason : null,
        },
        latestCheckpoint: latest && { treeSize: latest.treeSize, rootHash: toBase64(latest.rootHash), note: latest.note, signedAt: latest.signedAt },
        lastVerification: auditLog.lastVerification && verificationResponse(auditLog.lastVerification),
      };
    }

    /** Walks every hash chain and checks the whole log against its witnesses, now: names the first position that is not as they saw it. */
    @Roles(...AUDIT_LOG_READERS)
    @Get('verify')
    @ApiOkResponse({ type: AuditVerificationResponse })
    async verify(): Promise<AuditVerificationResponse> {
      return verificationResponse(await this.runtime.auditLog.verify());
    }

    /**
     * This log's part of an evidence packet: every event whose data names one of the ids, each with
     * its inclusion proof in a signed checkpoint covering them all (signed at once when needed).
     * 404 when no event names them.
     */
    @Roles(...AUDIT_LOG_READERS)
    @Get('evidence')
    @ApiOkResponse({ type: EvidenceLogResponse })
    @ApiResponse({
      status: 404,
      description: '이 기록에 그 ID를 담은 사건이 없습니다 (no event of this log names those ids)',
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } },
    })
    async evidence(@Query() { subjects }: EvidenceQuery): Promise<EvidenceLogResponse> {
      const { auditLog, store } = this.runtime;
      const part = await collectEvidence(store, auditLog.keeper, auditLog.keys, subjects.split(','));
      if (part === null) throw ProblemException.notFound('evidence', subjects);
      return part;
    }
  }
  return AuditLogHttpController;
}

/** The public keys of every log of the deployment, for auditors and outside verifiers (no sign-in). */
@ApiTags('audit log keys')
@Controller('.well-known/yunghap-audit-keys')
export class AuditKeysController {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  @Public()
  @Get()
  @ApiOkResponse({ type: AuditKeysResponse })
  keys(): AuditKeysResponse {
    return { logs: this.runtime.auditLog.allVerifierKeys().map((log) => ({ origin: log.origin, verifierKeys: [...log.verifierKeys] })) };
  }
}
