import { ContractDefinition, parseContract } from './contract';

/** How a consumer reads a message of an older contract version as the version it knows. */
export interface UpcasterSpecification<From extends object, To extends object> {
  /** The legacy contract: a stored message of this type and version must still satisfy it. */
  readonly from: ContractDefinition<From>;
  /** A newer version of the contract, possibly under a new type name. */
  readonly to: ContractDefinition<To>;
  readonly upcast: (payload: From) => To;
}

/** The type and version of a message, and its payload as it travelled. */
export interface VersionedMessage {
  readonly type: string;
  readonly schemaVersion: number;
  readonly payload: unknown;
}

/** One step from a contract version to a newer one, its payloads validated on both sides. */
export interface Upcaster {
  readonly from: Pick<ContractDefinition<object>, 'type' | 'schemaVersion'>;
  readonly to: Pick<ContractDefinition<object>, 'type' | 'schemaVersion'>;
  /** Throws `ContractViolation` when the payload breaks `from`, or its upcast breaks `to`. */
  readonly apply: (payload: unknown) => object;
}

/**
 * An upcaster for a registry (`upcasterChain`). `upcast` sees only a payload that `from` accepts,
 * and what it returns must pass `to`: a broken stored message is refused, never passed on half-read.
 * Example:
 *   defineUpcaster({ from: GrantAwardedV1, to: AwardProposedV2, upcast: ({ awardedAt, ...fields }) => ({ ...fields, proposedAt: awardedAt }) });
 */
export function defineUpcaster<From extends object, To extends object>({ from, to, upcast }: UpcasterSpecification<From, To>): Upcaster {
  // Versions only go up, so a chain of upcasters always ends.
  if (to.schemaVersion <= from.schemaVersion) {
    throw new RangeError(`An upcaster goes to a newer version: ${from.type} v${from.schemaVersion} → ${to.type} v${to.schemaVersion}`);
  }
  return {
    from: { type: from.type, schemaVersion: from.schemaVersion },
    to: { type: to.type, schemaVersion: to.schemaVersion },
    apply: (payload) => {
      const upcasted = upcast(parseContract(from, payload));
      parseContract(to, upcasted);
      return upcasted;
    },
  };
}

const versionOf = ({ type, schemaVersion }: Pick<VersionedMessage, 'type' | 'schemaVersion'>) => `${type}@${schemaVersion}`;

/**
 * Reads every message through `upcasters`, step by step to the newest version they know; a
 * message no upcaster starts from (current, unknown or newer) comes back as it is. Everything but
 * type, version and payload is kept: the message id above all, which consumers deduplicate by.
 * Example: `const current = upcasterChain([awardProposedFromGrantAwarded])(message);`
 */
export function upcasterChain(upcasters: readonly Upcaster[]): <M extends VersionedMessage>(message: M) => M {
  const byOrigin = new Map(upcasters.map((upcaster) => [versionOf(upcaster.from), upcaster]));
  if (byOrigin.size !== upcasters.length) throw new Error('Two upcasters start from the same contract version');
  return (message) => {
    let current = message;
    for (let step = byOrigin.get(versionOf(current)); step; step = byOrigin.get(versionOf(current))) {
      current = { ...current, type: step.to.type, schemaVersion: step.to.schemaVersion, payload: step.apply(current.payload) };
    }
    return current;
  };
}
