import {
  AuditLogKeeper,
  auditLog,
  CheckpointWitness,
  LogAuditReport,
  LogKeys,
  logKeys,
  WitnessEntry,
  MemoryWitnessArchive,
  WitnessArchive,
  WitnessDirectory,
} from '@yunghap/audit-log';
import { SqlEventStore, VerifyReport } from '@yunghap/event-store';
import type { BusSubscription, MessageBus } from '@yunghap/messaging';
import type { Logger } from 'pino';
import { SERVICE_DEFAULT_PORTS, ServiceName } from '../config/service-config';
import { AuditConfig, signingKeyOf } from './audit-config';
import { AUDIT_CHECKPOINTS_TOPIC, BusCheckpointWitness, CHECKPOINT_SIGNED } from './checkpoint-topic';
import { PeerWitness } from './peer-witness';

/** How long a witness subscription that could not start waits before trying again (the bus may be away). */
const WITNESS_RETRY_MS = 5_000;

/** The hash chains of the store, and the log against its witnesses: `ok` only when both hold. */
export interface AuditVerification {
  readonly ok: boolean;
  readonly checkedAt: string;
  readonly chain: VerifyReport;
  readonly log: LogAuditReport;
}

/**
 * One service's audit log: its keys (derived from the deployment's), the keeper that grows the
 * Merkle tree and signs checkpoints, the witnesses they go to, and a verification of the whole log
 * against them at start and every `verifyEveryMs` (for /health and /metrics; the audit endpoint
 * verifies on demand).
 */
export class ServiceAuditLog {
  readonly keys: LogKeys;
  readonly keeper: AuditLogKeeper;
  private readonly archive: WitnessArchive & CheckpointWitness;
  private last: AuditVerification | null = null;
  private verifying: Promise<AuditVerification> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly signingKey: string;
  /** This service as witness of the other services' logs. */
  readonly peerWitness: PeerWitness;
  private subscription: BusSubscription | null = null;
  private following: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    readonly service: ServiceName,
    private readonly store: SqlEventStore,
    private readonly config: AuditConfig,
    private readonly logger: Logger,
    private readonly bus: MessageBus,
  ) {
    this.signingKey = signingKeyOf(config);
    this.keys = logKeys(this.signingKey, service, config.retiredKeys);
    this.archive = config.witnessDir === null ? new MemoryWitnessArchive() : new WitnessDirectory(config.witnessDir);
    this.keeper = new AuditLogKeeper({
      store,
      origin: this.keys.origin,
      signer: this.keys.signer,
      verifiers: this.keys.verifiers,
      archive: this.archive,
      witnesses: [new BusCheckpointWitness(bus)],
      policy: { everyEvents: config.checkpointEveryEvents, everyMs: config.checkpointEveryMs },
      clock: () => new Date(),
      logger: logger.child({ component: 'audit-log' }),
    });
    this.peerWitness = new PeerWitness(
      this.keys.origin,
      this.keys.signer,
      () => this.allVerifierKeys(),
      store.auditTree,
      logger.child({ component: 'audit-witness' }),
    );
  }

  /** The verifier keys of every service's log in this deployment: each derives from the one deployment key. */
  allVerifierKeys(): readonly { readonly origin: string; readonly verifierKeys: readonly string[] }[] {
    return (Object.keys(SERVICE_DEFAULT_PORTS) as ServiceName[])
      .map((service) => logKeys(this.signingKey, service, this.config.retiredKeys))
      .map(({ origin, verifierKeys }) => ({
        origin,
        verifierKeys,
      }));
  }

  start(): void {
    if ('developmentFile' in this.config.signingKey) {
      this.logger.warn(
        { origin: this.keys.origin, keyFile: this.config.signingKey.developmentFile ?? 'memory' },
        'the audit log is signed with a development key',
      );
    }
    this.keeper.start();
    this.following = this.witnessPeers();
    const check = () => void this.verify().catch((error: unknown) => this.logger.warn({ err: error }, 'audit log verification could not run'));
    check();
    this.timer = setInterval(check, this.config.verifyEveryMs);
    this.timer.unref();
  }

  /** The last verification's outcome (null before the first has finished). */
  get lastVerification(): AuditVerification | null {
    return this.last;
  }

  /** Verifies now; concurrent callers share one run. */
  verify(): Promise<AuditVerification> {
    this.verifying ??= (async () => {
      const [chain, log] = [await this.store.verify('all'), await auditLog(this.store, this.archive, this.keys.origin, this.keys.verifiers)];
      const verification = { ok: chain.ok && log.ok, checkedAt: new Date().toISOString(), chain, log };
      if (!verification.ok) this.logger.error({ chain: chain.firstBreak, log }, 'the audit log does not verify against its witnesses');
      this.last = verification;
      return verification;
    })().finally(() => (this.verifying = null));
    return this.verifying;
  }

  /** Resolves once this service follows the other services' checkpoints (or it stopped trying). */
  followingPeers(): Promise<void> {
    return this.following;
  }

  /** Follows the checkpoint topic as one consumer group per service, until it is subscribed or the service stops. */
  private async witnessPeers(): Promise<void> {
    while (!this.stopped && this.subscription === null) {
      try {
        await this.bus.ensureTopics([AUDIT_CHECKPOINTS_TOPIC]);
        this.subscription = await this.bus.subscribe({
          consumerGroup: `${this.service}.audit-witness`,
          topics: [AUDIT_CHECKPOINTS_TOPIC],
          handler: async ({ message }) => {
            if (message.type === CHECKPOINT_SIGNED) await this.peerWitness.witness(message.payload as unknown as WitnessEntry, new Date());
          },
        });
      } catch (error) {
        this.logger.warn({ err: error }, 'cannot follow the audit checkpoint topic yet; trying again');
        await new Promise((resolve) => setTimeout(resolve, WITNESS_RETRY_MS).unref());
      }
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.subscription?.stop();
    if (this.timer) clearInterval(this.timer);
    await this.verifying?.catch(() => undefined);
    await this.keeper.stop();
  }
}
