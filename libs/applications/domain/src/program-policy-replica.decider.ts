import { Decider, DomainCommand, DomainEvent, instantOf, isPositiveWon, momentOf, Won } from '@yunghap/kernel';
import { ProgramPolicyError } from './applications.errors';

/** The most one project may be granted in a program year, as the grants service set it at `setAt`. */
export interface ProjectCap {
  readonly year: number;
  readonly maxGrantPerProject: Won;
  readonly setAt: string;
}

export type RecordProjectCap = DomainCommand<'RecordProjectCap', ProjectCap>;
export type ProjectCapRecorded = DomainEvent<'ProjectCapRecorded', ProjectCap>;

/** The cap in force for each program year this service has heard of. */
export interface ProgramPolicyReplica {
  readonly caps: Readonly<Record<number, ProjectCap>>;
}

/**
 * The local copy of the grants context's project cap: grants owns it, this service screens with it.
 * A cap set no later than the one recorded for its year is answered with no events, so a message
 * published again, or overtaken by a newer one, changes nothing.
 */
export const programPolicyReplicaDecider: Decider<RecordProjectCap, ProjectCapRecorded, ProgramPolicyReplica> = {
  initialState: () => ({ caps: {} }),
  evolve: (state, { data }) => ({ caps: { ...state.caps, [data.year]: data } }),
  decide: ({ data }, state) => {
    if (!isPositiveWon(data.maxGrantPerProject) || instantOf(data.setAt) === undefined) return ProgramPolicyError.becauseCapMalformed(data.year);
    const recorded = state.caps[data.year];
    if (recorded && momentOf(recorded.setAt) >= momentOf(data.setAt)) return [];
    return [{ type: 'ProjectCapRecorded', data }];
  },
};

/**
 * The cap in force for `year`: that year's, or before grants has opened that year (a call announced
 * in December for January) the latest earlier year's, since a policy holds until it is changed.
 * Undefined while grants has said nothing for that year or before.
 */
export function projectCapOf(replica: ProgramPolicyReplica, year: number): Won | undefined {
  const latest = Object.values(replica.caps)
    .filter((cap) => cap.year <= year)
    .reduce<ProjectCap | undefined>((found, cap) => (found === undefined || cap.year > found.year ? cap : found), undefined);
  return latest?.maxGrantPerProject;
}
