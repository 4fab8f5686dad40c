import { IsInt, IsString } from 'class-validator';
import { ContractDefinition, ContractViolation } from './contract';
import { AwardProposedV2, GrantAwardedV1 } from './grants.contracts';
import { defineUpcaster, upcasterChain } from './upcaster';
import { upcastToCurrent } from './upcasters';

const fields = { grantId: 'grant-1', applicationId: 'app-1', callId: 'call-2026-it', lineId: 'it-convergence', amountWon: 250_000_000 };
const envelope = {
  messageId: 'd1b3a1c4-7f3e-4a57-9b8e-0c1f2a3b4c5d',
  key: 'app-1',
  occurredAt: '2026-03-02T00:00:00.000Z',
  correlationId: 'c0ffee00-0000-4000-8000-000000000001',
  causationId: 'ca5e0000-0000-4000-8000-000000000002',
};
const stored = (type: string, schemaVersion: number, payload: unknown) => ({ ...envelope, type, schemaVersion, payload });
const grantAwarded = (payload: unknown) => stored(GrantAwardedV1.type, GrantAwardedV1.schemaVersion, payload);

describe('reading a stored grants.GrantAwarded v1 as grants.AwardProposed v2', () => {
  it('renames the message and awardedAt to proposedAt, keeping every other field and the whole envelope', () => {
    const current = upcastToCurrent(grantAwarded({ ...fields, awardedAt: '2026-03-02T00:00:00.000Z' }));
    expect(current).toEqual({ ...envelope, type: 'grants.AwardProposed', schemaVersion: 2, payload: { ...fields, proposedAt: '2026-03-02T00:00:00.000Z' } });
  });

  it('refuses a V1 payload that breaks the V1 contract, naming V1 and the broken fields', () => {
    const attempt = () => upcastToCurrent(grantAwarded({ ...fields, amountWon: 1.5, awardedAt: 'yesterday' }));
    expect(attempt).toThrow(ContractViolation);
    expect(attempt).toThrow(/^grants\.GrantAwarded v1 payload is invalid: /);
    expect(attempt).toThrow(/amountWon: /);
    expect(attempt).toThrow(/awardedAt: /);
  });

  it('refuses a V1 payload written in the V2 shape: the legacy contract still holds for what claims to be V1', () => {
    expect(() => upcastToCurrent(grantAwarded({ ...fields, proposedAt: '2026-03-02T00:00:00.000Z' }))).toThrow(/grants\.GrantAwarded v1 .*proposedAt/);
  });

  it('leaves current messages, unknown versions and other types as they are', () => {
    const current = stored(AwardProposedV2.type, 2, { ...fields, proposedAt: '2026-03-02T00:00:00.000Z' });
    const unknownVersion = { ...grantAwarded({ anything: true }), schemaVersion: 3 };
    const other = stored('grants.GrantApproved', 1, { not: 'checked here' });
    for (const message of [current, unknownVersion, other]) expect(upcastToCurrent(message)).toBe(message);
  });
});

class CounterV1 {
  @IsString() readonly count!: string;
}
class CounterV2 {
  @IsInt() readonly count!: number;
}
class CounterV3 {
  @IsInt() readonly count!: number;
  @IsString() readonly unit!: string;
}
const counter = <P extends object>(schemaVersion: number, payload: new () => P, type = 'test.Counted'): ContractDefinition<P> => ({
  type,
  schemaVersion,
  topic: 'yunghap.test.events',
  payload,
});
const CountedV1 = counter(1, CounterV1);
const CountedV2 = counter(2, CounterV2);
const TalliedV3 = counter(3, CounterV3, 'test.Tallied');
const toV2 = defineUpcaster({ from: CountedV1, to: CountedV2, upcast: ({ count }) => ({ count: Number(count) }) });
const toV3 = defineUpcaster({ from: CountedV2, to: TalliedV3, upcast: ({ count }) => ({ count, unit: 'items' }) });

describe('an upcaster chain', () => {
  it('takes a message through every step to the newest version, whichever order the steps are listed in', () => {
    expect(upcasterChain([toV3, toV2])(stored('test.Counted', 1, { count: '7' }))).toMatchObject({
      messageId: envelope.messageId,
      type: 'test.Tallied',
      schemaVersion: 3,
      payload: { count: 7, unit: 'items' },
    });
    expect(upcasterChain([toV3, toV2])(stored('test.Counted', 2, { count: 7 }))).toMatchObject({ schemaVersion: 3, payload: { count: 7, unit: 'items' } });
  });

  it('refuses an upcast that breaks the newer contract rather than passing it on', () => {
    const careless = defineUpcaster({ from: CountedV1, to: CountedV2, upcast: ({ count }) => ({ count: Number.parseFloat(count) }) });
    expect(() => upcasterChain([careless])(stored('test.Counted', 1, { count: '7.5' }))).toThrow(/^test\.Counted v2 payload is invalid: count/);
  });

  it('refuses two upcasters from one version, and an upcaster that does not go to a newer version', () => {
    expect(() => upcasterChain([toV2, toV2])).toThrow('Two upcasters start from the same contract version');
    expect(() => defineUpcaster({ from: CountedV2, to: counter(2, CounterV2, 'test.Renamed'), upcast: (payload) => payload })).toThrow(RangeError);
    expect(() => defineUpcaster({ from: CountedV2, to: CountedV1, upcast: ({ count }) => ({ count: String(count) }) })).toThrow(RangeError);
  });
});
