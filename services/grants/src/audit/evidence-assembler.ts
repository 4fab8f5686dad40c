import { Inject, Injectable } from '@nestjs/common';
import { checkEvidenceLog, collectEvidence, EvidenceError, EvidenceLog, EvidencePacket, sealPacket } from '@yunghap/audit-log';
import { ProblemException, SERVICE_RUNTIME, ServiceName, ServiceRuntime } from '@yunghap/platform-nest';

export const PEER_SERVICE_URLS = Symbol('PEER_SERVICE_URLS');

/** The services whose logs hold an application's decisions before (and beside) the grant's. */
const PEERS: readonly ServiceName[] = ['applications', 'evaluation', 'centers', 'mentoring'];

/** A peer that does not answer within this is taken as unavailable: the packet is not sent incomplete. */
const PEER_TIMEOUT_MS = 10_000;

/**
 * A grant's evidence packet: the grants log's events that name the grant or its application, the
 * other services' events that name the application (asked of each with the caller's own token, so
 * each checks the caller's role itself), every part checked against the deployment's keys, and the
 * whole sealed with this service's key.
 */
@Injectable()
export class EvidenceAssembler {
  constructor(
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
    @Inject(PEER_SERVICE_URLS) private readonly peers: Partial<Record<ServiceName, string>>,
  ) {}

  async packet(grantId: string, applicationId: string, authorization: string): Promise<EvidencePacket> {
    const { auditLog, store } = this.runtime;
    const own = await collectEvidence(store, auditLog.keeper, auditLog.keys, [grantId, applicationId]);
    if (own === null) throw ProblemException.notFound('grant', grantId);
    const others = await Promise.all(PEERS.map((peer) => this.peerPart(peer, applicationId, authorization)));
    return sealPacket(`grant ${grantId}`, new Date().toISOString(), [own, ...others.filter((part) => part !== null)], auditLog.keys.signer);
  }

  private async peerPart(peer: ServiceName, applicationId: string, authorization: string): Promise<EvidenceLog | null> {
    const url = this.peers[peer];
    const expected = this.runtime.auditLog.allVerifierKeys().find((log) => log.origin.endsWith(`/${peer}`));
    if (url === undefined || expected === undefined) throw unavailable(peer, 'its address is not configured');
    let answer: Response;
    try {
      answer = await fetch(`${url}/api/${peer}/audit-log/evidence?subjects=${encodeURIComponent(applicationId)}`, {
        headers: { authorization },
        signal: AbortSignal.timeout(PEER_TIMEOUT_MS),
      });
    } catch (error) {
      throw unavailable(peer, (error as Error).message);
    }
    if (answer.status === 404) return null;
    if (!answer.ok) throw unavailable(peer, `it answered ${answer.status}`);
    const part = (await answer.json()) as EvidenceLog;
    try {
      if (part.origin !== expected.origin) throw new EvidenceError(part.origin, `expected the log ${expected.origin}`);
      checkEvidenceLog(part, expected.verifierKeys);
    } catch (error) {
      if (error instanceof EvidenceError) throw unavailable(peer, `its part does not verify: ${error.message}`);
      throw error;
    }
    return part;
  }
}

function unavailable(peer: ServiceName, why: string): ProblemException {
  return new ProblemException(
    503,
    'EVIDENCE.PEER_UNAVAILABLE',
    `${peer} 서비스의 감사 기록을 받을 수 없어 증거 꾸러미를 만들 수 없습니다: ${why} (The ${peer} service's part of the packet cannot be had: ${why}.)`,
  );
}
