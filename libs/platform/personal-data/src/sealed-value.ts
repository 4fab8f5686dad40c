import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { JsonValue } from '@yunghap/event-store';
import type { ErasedSubject, SubjectKey } from './personal-key-store.port';

/**
 * A personal value as events store it: AES-256-GCM under its person's key, the subject as
 * associated data (a sealed value moved to another person's field does not open).
 * Example: `{ "$personal": { "v": 1, "subject": "person:rep-7", "iv": "…", "sealed": "…" } }`
 */
export interface SealedValue {
  readonly $personal: { readonly v: 1; readonly subject: string; readonly iv: string; readonly sealed: string };
}

/** What an erased person's value reads as, wherever it is shown: that it was there, and when it was erased. */
export interface ErasedValue {
  readonly $erased: { readonly subject: string; readonly erasedAt: string };
}

const IV_SIZE = 12;
const TAG_SIZE = 16;

export function isSealedValue(value: unknown): value is SealedValue {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const inner = (value as { $personal?: unknown }).$personal;
  return typeof inner === 'object' && inner !== null && (inner as { v?: unknown }).v === 1 && Object.keys(value).length === 1;
}

export function isErasedValue(value: unknown): value is ErasedValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && '$erased' in value && Object.keys(value).length === 1;
}

export function sealValue(value: JsonValue, { subject, key }: SubjectKey): SealedValue {
  const iv = randomBytes(IV_SIZE);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(subject, 'utf8'));
  const sealed = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return { $personal: { v: 1, subject, iv: iv.toString('base64'), sealed: sealed.toString('base64') } };
}

/** The value, or the erased marker when the person's key is gone; throws when the value was altered. */
export function openValue(sealed: SealedValue, found: SubjectKey | ErasedSubject): JsonValue | ErasedValue {
  const { subject, iv, sealed: text } = sealed.$personal;
  if ('erasedAt' in found) return { $erased: { subject, erasedAt: found.erasedAt } };
  if (found.subject !== subject) throw new RangeError(`A value sealed for ${subject} cannot be opened with ${found.subject}'s key`);
  const bytes = Buffer.from(text, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', found.key, Buffer.from(iv, 'base64'))
    .setAAD(Buffer.from(subject, 'utf8'))
    .setAuthTag(bytes.subarray(bytes.length - TAG_SIZE));
  return JSON.parse(Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - TAG_SIZE)), decipher.final()]).toString('utf8')) as JsonValue;
}
