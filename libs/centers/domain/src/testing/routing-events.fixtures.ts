import { Province } from '@yunghap/kernel';
import { CenterId } from '../center-id';
import { ProvinceReassigned, RoutingInitialised } from '../routing/routing.events';
import { seedRoutingSetup } from '../seed/centers.seed';

export function seededRouting(effectiveAt: string): RoutingInitialised {
  return { type: 'RoutingInitialised', data: { ...seedRoutingSetup(), mappingVersion: 1, effectiveAt } };
}

export function provinceReassigned(
  province: Province,
  fromCenterId: CenterId,
  toCenterId: CenterId,
  mappingVersion: number,
  effectiveAt: string,
  reason = 'Regional capacity review',
): ProvinceReassigned {
  return { type: 'ProvinceReassigned', data: { province, fromCenterId, toCenterId, reason, mappingVersion, effectiveAt } };
}
