import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { EventStore, RecordedEvent } from '@yunghap/event-store';
import { wholeLog } from '@yunghap/event-store';
import {
  ERASURE_EVENT_TYPES,
  ErasureApproved,
  isErased,
  kindOf,
  MemoryPersonalKeyStore,
  PersonalDataPolicy,
  PersonalDataSealing,
  PersonalKeyStore,
  retentionEndOf,
  SqlPersonalKeyStore,
  SubjectStanding,
} from '@yunghap/personal-data';
import { Pool } from 'pg';
import { Logger } from 'pino';
import type { ServiceName } from '../config/service-config';
import { kekOf, KeyStoreLocation, PrivacyConfig } from './privacy-config';

const ERASURE_TYPES = new Set<string>(ERASURE_EVENT_TYPES);

async function openKeyStore(service: ServiceName, location: KeyStoreLocation, kek: Uint8Array): Promise<PersonalKeyStore> {
  switch (location.kind) {
    case 'memory':
      return new MemoryPersonalKeyStore();
    case 'pglite': {
      mkdirSync(location.dir, { recursive: true });
      const pglite = new PGlite(path.join(location.dir, service));
      return SqlPersonalKeyStore.open(pglite, kek, () => pglite.close());
    }
    case 'postgres': {
      const schema = `${location.schemaPrefix}${service}_personal_keys`;
      const pool = new Pool({ connectionString: location.url, options: `-c search_path=${schema}`, max: 4 });
      // A search path may name a schema that does not exist yet: the pool creates its own.
      await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      return SqlPersonalKeyStore.open(pool, kek, () => pool.end());
    }
  }
}

/**
 * A service's personal data: the policy of which event fields are personal, the per-person keys
 * they are sealed with (in a store of their own), the retention periods, and erasure.
 */
export class ServicePersonalData {
  private constructor(
    readonly sealing: PersonalDataSealing,
    private readonly config: PrivacyConfig,
    private readonly logger: Logger,
  ) {}

  static async open(service: ServiceName, config: PrivacyConfig, policy: PersonalDataPolicy, logger: Logger): Promise<ServicePersonalData> {
    const sealing = new PersonalDataSealing(policy, await openKeyStore(service, config.keyStore, kekOf(config)));
    logger.info({ keyStore: config.keyStore.kind, kinds: sealing.kinds() }, 'personal data keys opened');
    return new ServicePersonalData(sealing, config, logger);
  }

  /** Whether the subject's data is held here, and when its retention ends. */
  async standingOf(subject: string): Promise<SubjectStanding> {
    const kind = kindOf(subject);
    const found = kind !== null && this.sealing.kinds().includes(kind) ? await this.sealing.keys.find(subject) : null;
    if (found === null) return { held: 'unknown', retentionEndsAt: null };
    if (isErased(found)) return { held: 'erased', retentionEndsAt: found.erasedAt };
    return { held: 'held', retentionEndsAt: retentionEndOf(kind as string, found.lastSealedAt, this.config.retentionDays) };
  }

  /** Destroys the subject's key for an approved erasure; a second call changes nothing. */
  async erase(approved: ErasureApproved['data']): Promise<'erased' | 'already-erased'> {
    const outcome = await this.sealing.keys.erase(approved.subject, { at: approved.approvedAt, reference: approved.requestId });
    if (outcome === 'erased')
      this.logger.info({ subject: approved.subject, requestId: approved.requestId }, 'personal data erased: the person’s key is destroyed');
    return outcome;
  }

  /** The events of every erasure request of the store, by request stream, oldest request first. */
  async requests(store: EventStore): Promise<readonly (readonly RecordedEvent[])[]> {
    const streams = new Map<string, RecordedEvent[]>();
    for await (const event of wholeLog(store)) {
      if (ERASURE_TYPES.has(event.type)) streams.set(event.streamId, [...(streams.get(event.streamId) ?? []), event]);
    }
    return [...streams.values()];
  }

  /**
   * Destroys the keys of approved erasures whose key outlived their approval (the service stopped
   * between recording the approval and destroying the key).
   */
  async settleApprovedErasures(store: EventStore): Promise<void> {
    for (const events of await this.requests(store)) {
      const approved = events.find((event) => event.type === 'PersonalDataErasureApproved');
      if (approved) await this.erase(approved.data as unknown as ErasureApproved['data']);
    }
  }

  close(): Promise<void> {
    return this.sealing.keys.close();
  }
}
