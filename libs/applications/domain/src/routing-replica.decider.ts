import { Decider, DomainCommand, DomainEvent, isDomainError, parseProvince, Province } from '@yunghap/kernel';

/** One province's center from a mapping version on, as the centers service announced it. */
export interface ProvinceRouting {
  readonly province: Province;
  /** Null for the initial mapping, which assigns every province without moving it from anywhere. */
  readonly fromCenterId: string | null;
  readonly toCenterId: string;
  readonly mappingVersion: number;
  readonly effectiveAt: string;
}

export type RecordProvinceRouting = DomainCommand<'RecordProvinceRouting', Omit<ProvinceRouting, 'province'> & { readonly province: string }>;
export type ProvinceRoutingRecorded = DomainEvent<'ProvinceRoutingRecorded', ProvinceRouting>;

/** The changes recorded so far, by province and mapping version. */
interface ReplicaState {
  readonly recorded: readonly string[];
}

const keyOf = (province: string, mappingVersion: number) => `${province}@${mappingVersion}`;

/**
 * The local copy of the centers context's province routing. A change already recorded is
 * answered with no events, so a message the centers service publishes again changes nothing
 * even under a new message id; a province this context does not know is refused.
 */
export const routingReplicaDecider: Decider<RecordProvinceRouting, ProvinceRoutingRecorded, ReplicaState> = {
  initialState: () => ({ recorded: [] }),
  evolve: (state, { data }) => ({ recorded: [...state.recorded, keyOf(data.province, data.mappingVersion)] }),
  decide: ({ data }, state) => {
    const province = parseProvince(data.province);
    if (isDomainError(province)) return province;
    if (state.recorded.includes(keyOf(province, data.mappingVersion))) return [];
    return [{ type: 'ProvinceRoutingRecorded', data: { ...data, province } }];
  },
};
