import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';

/** A published integration event: its wire name, the version of its payload shape, and its validator class. */
export interface ContractDefinition<P extends object> {
  readonly type: string;
  readonly schemaVersion: number;
  readonly topic: string;
  readonly payload: new () => P;
}

export type ContractPayload<C> = C extends ContractDefinition<infer P> ? P : never;

/** A payload that does not match its contract, with every broken field. */
export class ContractViolation extends Error {
  constructor(
    readonly type: string,
    readonly schemaVersion: number,
    readonly violations: readonly string[],
  ) {
    super(`${type} v${schemaVersion} payload is invalid: ${violations.join('; ')}`);
    this.name = 'ContractViolation';
  }
}

function describe(errors: readonly ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    return [...Object.values(error.constraints ?? {}).map((message) => `${field}: ${message}`), ...describe(error.children ?? [], field)];
  });
}

/**
 * Validates an incoming payload against its contract at the consumer's edge; unknown fields
 * are refused like in HTTP requests. Example: `const event = parseContract(EvaluationCompletedV1, message.payload);`
 */
export function parseContract<P extends object>(contract: ContractDefinition<P>, payload: unknown): P {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new ContractViolation(contract.type, contract.schemaVersion, ['payload must be an object']);
  }
  const instance = plainToInstance(contract.payload, payload);
  const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) throw new ContractViolation(contract.type, contract.schemaVersion, describe(errors));
  return instance;
}

/** Checks an outgoing payload before it is written to the outbox, so a bad message never leaves. */
export function contractPayload<P extends object>(contract: ContractDefinition<P>, payload: P): P {
  parseContract(contract, payload);
  return payload;
}
