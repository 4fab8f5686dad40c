import { DomainCommand, Province } from '@yunghap/kernel';
import { CenterId } from '../center-id';

/** The centers routing may send provinces to, and where each province goes to begin with. */
export interface RoutingSetup {
  readonly centerIds: readonly CenterId[];
  readonly provinces: Readonly<Record<Province, CenterId>>;
}

export type InitialiseRouting = DomainCommand<'InitialiseRouting', RoutingSetup>;

export type ReassignProvince = DomainCommand<'ReassignProvince', { readonly province: Province; readonly toCenterId: CenterId; readonly reason: string }>;

export type RoutingCommand = InitialiseRouting | ReassignProvince;
