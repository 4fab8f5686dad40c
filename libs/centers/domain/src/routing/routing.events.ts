import { DomainEvent, Province } from '@yunghap/kernel';
import { CenterId } from '../center-id';
import { RoutingSetup } from './routing.commands';

// Both events carry the mapping version they create and the instant it takes effect, because
// an application is routed by the mapping in force when it was submitted, possibly long before
// the question is asked.

export type RoutingInitialised = DomainEvent<'RoutingInitialised', RoutingSetup & { readonly mappingVersion: number; readonly effectiveAt: string }>;

export type ProvinceReassigned = DomainEvent<
  'ProvinceReassigned',
  {
    readonly province: Province;
    readonly fromCenterId: CenterId;
    readonly toCenterId: CenterId;
    readonly reason: string;
    readonly mappingVersion: number;
    readonly effectiveAt: string;
  }
>;

export type RoutingEvent = RoutingInitialised | ProvinceReassigned;
