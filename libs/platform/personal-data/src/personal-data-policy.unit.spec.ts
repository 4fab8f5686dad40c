import type { JsonValue, NewEvent, RecordedEvent } from '@yunghap/event-store';
import { MemoryPersonalKeyStore } from './memory-key-store';
import { ERASED_TEXT, kindOf, PersonalDataPolicy, PersonalDataSealing } from './personal-data-policy';
import { SubjectErasedError } from './personal-key-store.port';

const policy: PersonalDataPolicy = {
  ApplicantRegistered: { kind: 'applicant', idOf: (data: { userId: string }) => data.userId, fields: [['name'], ['email']] },
  MemberAdded: { kind: 'committee-member', within: ['member'], idOf: (person: { userId: string }) => person.userId, fields: [['name']] },
  EvaluationOpened: { kind: 'committee-member', within: ['members'], idOf: (person: { userId: string }) => person.userId, fields: [['name'], ['affiliation']] },
};
const metadata = {
  actor: { userId: 'system', role: 'system' as const },
  correlationId: 'c',
  causationId: null,
  occurredAt: '2026-12-05T00:00:00.000Z',
  schemaVersion: 1,
};
const event = (type: string, data: NewEvent['data']): NewEvent => ({ eventId: `${type}-id`, type, data, metadata });
const recorded = (stored: NewEvent, position: number): RecordedEvent => ({
  ...stored,
  streamId: 's',
  version: position,
  position,
  recordedAt: metadata.occurredAt,
  hash: 'h',
  previousHash: null,
});

describe('PersonalDataSealing', () => {
  it('seals the fields its policy names, under the person’s key, and leaves other events as they are', async () => {
    const sealing = new PersonalDataSealing(policy, new MemoryPersonalKeyStore());
    const registered = event('ApplicantRegistered', { userId: 'u-7', name: '김신청', email: 'kim@example.kr', firmName: '(주)융합' });
    const funded = event('GrantAwarded', { grantId: 'g-1', amount: 100 });
    const stored = await sealing.seal([registered, funded]);
    expect(JSON.stringify(stored)).not.toMatch(/김신청|kim@example\.kr/);
    expect(stored[0].data).toMatchObject({ userId: 'u-7', firmName: '(주)융합', name: { $personal: { subject: 'applicant:u-7' } } });
    expect(stored[1]).toBe(funded);
    const unrelated = [funded];
    expect(await sealing.seal(unrelated)).toBe(unrelated);

    const shown = await sealing.reveal(stored.map(recorded));
    expect(shown.map((e) => e.data)).toEqual([registered.data, funded.data]);
  });

  it('shows an erased person’s fields as erased, others’ still opened, and seals nothing new of theirs', async () => {
    const keys = new MemoryPersonalKeyStore();
    const sealing = new PersonalDataSealing(policy, keys);
    const stored = await sealing.seal([
      event('MemberAdded', { committeeId: 'c-1', member: { userId: 'm-1', name: '이위원', affiliation: 'KAIST' } }),
      event('MemberAdded', { committeeId: 'c-1', member: { userId: 'm-2', name: '박위원', affiliation: 'KIST' } }),
    ]);
    await keys.erase('committee-member:m-1', { at: '2026-12-05T01:00:00.000Z', reference: 'r-1' });
    const shown = await sealing.reveal(stored.map(recorded));
    expect(shown.map((e) => e.data)).toEqual([
      { committeeId: 'c-1', member: { userId: 'm-1', name: ERASED_TEXT, affiliation: 'KAIST' } },
      { committeeId: 'c-1', member: { userId: 'm-2', name: '박위원', affiliation: 'KIST' } },
    ]);
    await expect(sealing.seal([event('MemberAdded', { committeeId: 'c-2', member: { userId: 'm-1', name: '이위원' } })])).rejects.toThrow(SubjectErasedError);
    expect(sealing.kinds()).toEqual(['applicant', 'committee-member']);
  });

  it('seals each person of a list under their own key, and keeps a value already sealed (copied from another event) as it is', async () => {
    const keys = new MemoryPersonalKeyStore();
    const sealing = new PersonalDataSealing(policy, keys);
    const [added] = await sealing.seal([event('MemberAdded', { committeeId: 'c-1', member: { userId: 'm-1', name: '이위원', affiliation: 'KAIST' } })]);
    const copied = (added.data as { member: { name: JsonValue } }).member.name;
    const [opened] = await sealing.seal([
      event('EvaluationOpened', {
        applicationId: 'a-1',
        members: [
          { userId: 'm-1', name: copied, affiliation: 'KAIST' },
          { userId: 'm-2', name: '박위원', affiliation: 'KIST' },
        ],
      }),
    ]);
    const members = (opened.data as { members: { name: { $personal: { subject: string } }; affiliation: { $personal: { subject: string } } }[] }).members;
    expect(members[0].name).toEqual(copied);
    expect(members.map((member) => [member.name.$personal.subject, member.affiliation.$personal.subject])).toEqual([
      ['committee-member:m-1', 'committee-member:m-1'],
      ['committee-member:m-2', 'committee-member:m-2'],
    ]);
    await keys.erase('committee-member:m-2', { at: '2026-12-05T01:00:00.000Z', reference: 'r-2' });
    const [shown] = await sealing.reveal([recorded(opened, 1)]);
    expect(shown.data).toEqual({
      applicationId: 'a-1',
      members: [
        { userId: 'm-1', name: '이위원', affiliation: 'KAIST' },
        { userId: 'm-2', name: ERASED_TEXT, affiliation: ERASED_TEXT },
      ],
    });
  });

  it('reads a subject’s kind only from <kind>:<id>', () => {
    expect(kindOf('committee-member:m-1')).toBe('committee-member');
    expect(kindOf('m-1')).toBeNull();
    expect(kindOf('Applicant:u 7')).toBeNull();
  });
});
