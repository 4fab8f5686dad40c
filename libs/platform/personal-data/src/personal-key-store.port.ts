/** A person's data key: what their personal data in events is sealed with. */
export interface SubjectKey {
  readonly subject: string;
  readonly key: Uint8Array;
  /** When something of theirs was last sealed (to the day): their data's retention runs from then. */
  readonly lastSealedAt: string;
}

/** What is left of a person whose key was destroyed: when, and the erasure that did it. */
export interface ErasedSubject {
  readonly subject: string;
  readonly erasedAt: string;
  readonly reference: string;
}

/**
 * The per-person keys, kept apart from the event store (another database, or another schema with
 * other credentials), each wrapped with a key-encryption key that lives in neither. Destroying a
 * person's key makes every sealed value of theirs unreadable everywhere at once — events, read
 * models rebuilt from them, exports, evidence packets — while every hash over the sealed bytes
 * still holds (crypto-shredding).
 * Example: `const { key } = await keys.keyOf('person:rep-7'); … await keys.erase('person:rep-7', { at, reference })`
 */
export interface PersonalKeyStore {
  /** The subject's key for sealing, made on first use (marks it used now); throws `SubjectErasedError` once it was destroyed. */
  keyOf(subject: string): Promise<SubjectKey>;
  /** The key, the erasure, or null for a subject never seen; never makes one. */
  find(subject: string): Promise<SubjectKey | ErasedSubject | null>;
  /** Destroys the key for good (the tombstone says when and why); a second erasure changes nothing. */
  erase(subject: string, erasure: { readonly at: string; readonly reference: string }): Promise<'erased' | 'already-erased'>;
  close(): Promise<void>;
}

export class SubjectErasedError extends Error {
  constructor(readonly erased: ErasedSubject) {
    super(`The personal data of ${erased.subject} was erased at ${erased.erasedAt} (${erased.reference}): nothing new is sealed for them`);
    this.name = 'SubjectErasedError';
  }
}

export const isErased = (found: SubjectKey | ErasedSubject | null): found is ErasedSubject => found !== null && 'erasedAt' in found;
