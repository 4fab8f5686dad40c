import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { EventStore } from '@yunghap/event-store';
import {
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
import { Client, Pool } from 'pg';
import { Logger } from 'pino';
import type { ServiceName } from '../config/service-config';
import { kekOf, KeyStoreLocation, PrivacyConfig } from './privacy-config';

const SCAN_BATCH = 1_000;

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
      const admin = new Client({ connectionString: location.url });
      await admin.connect();
      try {
        await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      } finally {
        await admin.end();
      }
      const pool = new Pool({ connectionString: location.url, options: `-c search_path=${schema}`, max: 4 });
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
    const keys = await openKeyStore(service, config.keyStore, kekOf(config));
    logger.info({ keyStore: config.keyStore.kind, kinds: new PersonalDataSealing(policy, keys).kinds() }, 'personal data keys opened');
    return new ServicePersonalData(new PersonalDataSealing(policy, keys), config, logger);
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

  /**
   * Destroys the keys of approved erasures whose key outlived their approval (the service stopped
   * between recording the approval and destroying the key). Returns how many it destroyed.
   */
  async settleApprovedErasures(store: EventStore): Promise<number> {
    let destroyed = 0;
    for (let after = 0; ;) {
      const events = await store.readAll({ after, maxCount: SCAN_BATCH });
      if (events.length === 0) return destroyed;
      after = events[events.length - 1].position;
      for (const event of events) {
        if (event.type === 'PersonalDataErasureApproved' && (await this.erase(event.data as unknown as ErasureApproved['data'])) === 'erased') destroyed += 1;
      }
    }
  }

  close(): Promise<void> {
    return this.sealing.keys.close();
  }
}
