import { randomBytes } from 'node:crypto';
import { ErasedSubject, isErased, PersonalKeyStore, SubjectErasedError, SubjectKey } from './personal-key-store.port';

const DAY_MS = 86_400_000;

/** Keys in this process's memory: for runs that keep nothing and for unit tests. */
export class MemoryPersonalKeyStore implements PersonalKeyStore {
  private readonly keys = new Map<string, SubjectKey | ErasedSubject>();

  async keyOf(subject: string): Promise<SubjectKey> {
    const found = this.keys.get(subject);
    if (found !== undefined && isErased(found)) throw new SubjectErasedError(found);
    // As the SQL store: marked used at most once a day, which is all retention needs.
    if (found !== undefined && Date.now() - Date.parse(found.lastSealedAt) < DAY_MS) return found;
    const key = { subject, key: found?.key ?? new Uint8Array(randomBytes(32)), lastSealedAt: new Date().toISOString() };
    this.keys.set(subject, key);
    return key;
  }

  async find(subject: string): Promise<SubjectKey | ErasedSubject | null> {
    return this.keys.get(subject) ?? null;
  }

  async erase(subject: string, erasure: { readonly at: string; readonly reference: string }): Promise<'erased' | 'already-erased'> {
    const found = this.keys.get(subject);
    if (found !== undefined && isErased(found)) return 'already-erased';
    this.keys.set(subject, { subject, erasedAt: erasure.at, reference: erasure.reference });
    return 'erased';
  }

  async close(): Promise<void> {
    this.keys.clear();
  }
}
