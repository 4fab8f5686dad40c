import type { JsonValue, NewEvent, RecordedEvent } from '@yunghap/event-store';
import { isObject, PersonalField, openFields, sealFields } from './personal-fields';
import { PersonalKeyStore } from './personal-key-store.port';

/**
 * Which fields of one event type hold a person's data, and who that person is: the subject
 * `<kind>:<id>`, e.g. `applicant:u-7`, whose kind chooses the retention period. `within` points at
 * the person's part of the data — an object, or a list of people (a committee's members) — and
 * `idOf` and `fields` are read from there; without it, from the data's root.
 * Contexts declare theirs in their domain library, e.g.
 * `{ ApplicantRegistered: { kind: 'applicant', idOf: (data) => data.userId, fields: [['name'], ['email'], ['phone']] } }`.
 */
export interface PersonalDataRule {
  readonly kind: string;
  readonly within?: readonly string[];
  // The domain declares rules over its own event data types; the store hands them the data as it is.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly idOf: (person: any) => string;
  readonly fields: readonly (readonly string[])[];
}

/** A context's rules by event type; event types not named hold no personal data. */
export type PersonalDataPolicy = Readonly<Record<string, PersonalDataRule>>;

/** What an erased person's value reads as in read models and answers. */
export const ERASED_TEXT = '[삭제됨 · erased]';

/** A subject as erasure requests name it: `<kind>:<id>`. */
export const SUBJECT_PATTERN = /^([a-z][a-z-]{0,39}):([!-~]{1,200})$/;

/** The kind of a subject (`applicant` of `applicant:u-7`), or null when it is not `<kind>:<id>`. */
export const kindOf = (subject: string): string | null => SUBJECT_PATTERN.exec(subject)?.[1] ?? null;

/**
 * Seals the personal fields of events before they are stored, and opens them for those allowed to
 * read them (the projections). Events the policy does not name pass untouched, at no cost.
 */
export class PersonalDataSealing {
  constructor(
    readonly policy: PersonalDataPolicy,
    readonly keys: PersonalKeyStore,
  ) {}

  /** The kinds of subject this context holds data of. */
  kinds(): readonly string[] {
    return [...new Set(Object.values(this.policy).map((rule) => rule.kind))];
  }

  /** Throws `SubjectErasedError` when an event would record data of an erased person. */
  async seal(events: readonly NewEvent[]): Promise<readonly NewEvent[]> {
    if (!events.some((event) => this.policy[event.type])) return events;
    return Promise.all(
      events.map(async (event) => (this.policy[event.type] ? { ...event, data: await sealFields(event.data, this.fieldsOf(event), this.keys) } : event)),
    );
  }

  async reveal(events: readonly RecordedEvent[]): Promise<readonly RecordedEvent[]> {
    if (!events.some((event) => this.policy[event.type])) return events;
    return Promise.all(
      events.map(async (event) => (this.policy[event.type] ? { ...event, data: await openFields(event.data, this.keys, () => ERASED_TEXT) } : event)),
    );
  }

  private fieldsOf(event: NewEvent): PersonalField[] {
    const rule = this.policy[event.type];
    const within = rule.within ?? [];
    const part = within.reduce<JsonValue | undefined>((node, key) => (isObject(node) ? node[key] : undefined), event.data);
    const people: [readonly string[], JsonValue][] = Array.isArray(part)
      ? part.map((person, index) => [[...within, String(index)], person])
      : isObject(part)
        ? [[within, part]]
        : [];
    return people.flatMap(([at, person]) => {
      const subject = `${rule.kind}:${rule.idOf(person)}`;
      return rule.fields.map((path) => ({ path: [...at, ...path], subject }));
    });
  }
}
