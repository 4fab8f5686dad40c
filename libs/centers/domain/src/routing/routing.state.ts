import { Province } from '@yunghap/kernel';
import { CenterId } from '../center-id';

/** The province → center mapping as it stood from `effectiveAt` on. */
export interface ProvinceMapping {
  /** 1 for the initial mapping, one more for every reassignment. */
  readonly mappingVersion: number;
  readonly effectiveAt: string;
  readonly provinces: Readonly<Record<Province, CenterId>>;
}

export type RoutingState =
  { readonly status: 'uninitialised' } | { readonly status: 'initialised'; readonly centerIds: readonly CenterId[]; readonly mapping: ProvinceMapping };
