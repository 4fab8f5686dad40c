import { randomBytes } from 'node:crypto';
import { ErasedSubject, PersonalKeyStore, SubjectErasedError, SubjectKey } from './personal-key-store.port';

/** Keys in this process's memory: for runs that keep nothing and for unit tests. */
export class MemoryPersonalKeyStore implements PersonalKeyStore {
  private readonly keys = new Map<string, Uint8Array | ErasedSubject>();

  async keyOf(subject: string): Promise<SubjectKey> {
    const found = this.keys.get(subject);
    if (found !== undefined && !(found instanceof Uint8Array)) throw new SubjectErasedError(found);
    const key = found ?? new Uint8Array(randomBytes(32));
    this.keys.set(subject, key);
    return { subject, key };
  }

  async find(subject: string): Promise<SubjectKey | ErasedSubject | null> {
    const found = this.keys.get(subject);
    if (found === undefined) return null;
    return found instanceof Uint8Array ? { subject, key: found } : found;
  }

  async erase(subject: string, erasure: { readonly at: string; readonly reference: string }): Promise<'erased' | 'already-erased'> {
    const found = this.keys.get(subject);
    if (found !== undefined && !(found instanceof Uint8Array)) return 'already-erased';
    this.keys.set(subject, { subject, erasedAt: erasure.at, reference: erasure.reference });
    return 'erased';
  }

  async close(): Promise<void> {
    this.keys.clear();
  }
}
