import { won } from '@yunghap/kernel';
import { deciderSpecification } from '@yunghap/testing';
import { ProjectCap, ProjectCapRecorded, programPolicyReplicaDecider, projectCapOf, RecordProjectCap } from './program-policy-replica.decider';
import { meta, SYSTEM } from './testing/applications.fixtures';

const spec = deciderSpecification(programPolicyReplicaDecider);
const cap = (year: number, millions: number, setAt: string): ProjectCap => ({ year, maxGrantPerProject: won(millions * 1_000_000), setAt });
const record = (data: ProjectCap): RecordProjectCap => ({ type: 'RecordProjectCap', data, metadata: meta(SYSTEM) });
const recorded = (data: ProjectCap): ProjectCapRecorded => ({ type: 'ProjectCapRecorded', data });

const opening2026 = cap(2026, 500, '2026-01-02T09:00:00+09:00');
const lowered2026 = cap(2026, 400, '2026-06-01T09:00:00+09:00');

describe("the replica of the grants context's cap per project", () => {
  it('records a cap the grants service set', () => {
    spec
      .given([])
      .when(record(opening2026))
      .then([recorded(opening2026)]);
    spec
      .given([recorded(opening2026)])
      .when(record(lowered2026))
      .then([recorded(lowered2026)]);
  });

  it('records nothing for a cap set no later than the one it holds: a redelivery, or a message overtaken by a newer one', () => {
    spec
      .given([recorded(lowered2026)])
      .when(record(lowered2026))
      .then([]);
    spec
      .given([recorded(lowered2026)])
      .when(record(opening2026))
      .then([]);
  });

  it('refuses a cap that is not a positive whole number of won, or set at no instant', () => {
    spec
      .given([])
      .when(record({ ...opening2026, maxGrantPerProject: won(0) }))
      .thenFails('PROGRAM_POLICY.CAP_MALFORMED', { year: 2026 });
    spec
      .given([])
      .when(record({ ...opening2026, setAt: 'yesterday' }))
      .thenFails('PROGRAM_POLICY.CAP_MALFORMED');
  });

  it("answers a year's cap, else the latest earlier year's (a January call announced in December), else nothing", () => {
    const replica = [recorded(opening2026), recorded(lowered2026), recorded(cap(2024, 300, '2024-01-02T09:00:00+09:00'))].reduce(
      programPolicyReplicaDecider.evolve,
      programPolicyReplicaDecider.initialState(),
    );
    expect(projectCapOf(replica, 2026)).toBe(400_000_000);
    expect(projectCapOf(replica, 2027)).toBe(400_000_000);
    expect(projectCapOf(replica, 2025)).toBe(300_000_000);
    expect(projectCapOf(replica, 2023)).toBeUndefined();
  });
});
