import { randomBytes } from 'node:crypto';
import type { GatewaySession } from './gateway-session';

export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 8 * 60 * 60 * 1000;

/**
 * Where sessions live. One gateway instance keeps them in memory; several instances behind a load
 * balancer need a shared implementation (Redis, PostgreSQL) of this same interface.
 * Example: `const s = await store.create(); s.user = user; await store.save(s);`
 */
export interface SessionStore {
  /** A new, empty session with a fresh unguessable id. */
  create(): Promise<GatewaySession>;
  /** The live session with this id, its idle clock reset; undefined when unknown or timed out (idle 30 min, absolute 8 h). */
  find(id: string): Promise<GatewaySession | undefined>;
  /** The same, leaving its idle clock alone: for checks no person asked for (an open live stream must not keep a session alive). */
  peek(id: string): Promise<GatewaySession | undefined>;
  save(session: GatewaySession): Promise<void>;
  destroy(id: string): Promise<void>;
}

export class InMemorySessionStore implements SessionStore {
  private readonly sessions = new Map<string, GatewaySession>();

  constructor(private readonly now: () => number = Date.now) {}

  async create(): Promise<GatewaySession> {
    this.sweep();
    const at = this.now();
    const session: GatewaySession = { id: randomBytes(32).toString('base64url'), createdAt: at, lastSeenAt: at, roles: [] };
    this.sessions.set(session.id, session);
    return session;
  }

  async find(id: string): Promise<GatewaySession | undefined> {
    const session = await this.peek(id);
    if (session) session.lastSeenAt = this.now();
    return session;
  }

  async peek(id: string): Promise<GatewaySession | undefined> {
    const session = this.sessions.get(id);
    if (!session) return undefined;
    if (this.expired(session)) {
      this.sessions.delete(id);
      return undefined;
    }
    return session;
  }

  async save(session: GatewaySession): Promise<void> {
    this.sessions.set(session.id, session);
  }

  async destroy(id: string): Promise<void> {
    this.sessions.delete(id);
  }

  private expired(session: GatewaySession): boolean {
    const at = this.now();
    return at - session.lastSeenAt >= SESSION_IDLE_MS || at - session.createdAt >= SESSION_ABSOLUTE_MS;
  }

  /** Dropped on each new session, so abandoned sign-ins do not pile up without a timer. */
  private sweep(): void {
    for (const [id, session] of this.sessions) if (this.expired(session)) this.sessions.delete(id);
  }
}
