import { ProvinceRouting } from '@yunghap/applications-domain';
import { Province } from '@yunghap/kernel';

/** The province → center mapping at one instant, as far as this service has heard of it. */
export interface MappingInForce {
  readonly mappingVersion: number;
  readonly effectiveAt: string;
  readonly provinces: Readonly<Partial<Record<Province, string>>>;
}

/**
 * The mapping in force at `at`, with the centers context's `mappingAt` semantics: a change applies
 * from its effective instant inclusive and later versions win; undefined before any change took
 * effect. Built from per-province messages, which may arrive in any order across provinces.
 * Example: `mappingInForce(changes, application.submittedAt)?.provinces['제주']` → `'honam'`.
 */
export function mappingInForce(changes: readonly ProvinceRouting[], at: string): MappingInForce | undefined {
  const moment = Date.parse(at);
  const inForce = changes.filter((change) => Date.parse(change.effectiveAt) <= moment).sort((a, b) => a.mappingVersion - b.mappingVersion);
  const latest = inForce.at(-1);
  if (!latest) return undefined;
  return {
    mappingVersion: latest.mappingVersion,
    effectiveAt: latest.effectiveAt,
    provinces: Object.fromEntries(inForce.map((change) => [change.province, change.toCenterId])),
  };
}
