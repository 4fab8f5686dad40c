import { DomainError } from '@yunghap/kernel';
import { RefusedMessageError } from '@yunghap/messaging';
import type { Logger } from 'pino';

/** Refusal codes, each with why it is expected; the reason is what the log says. */
export type RefusalReasons = Readonly<Record<string, string>>;

/**
 * What a consumer makes of its decider's refusals. Any code listed in neither parks the message at
 * once (`RefusedMessageError`): the same message meets the same refusal on every delivery.
 */
export interface RefusalRules {
  /** Already done, or nothing to do (a redelivered answer, a withdrawn application): logged at info, acknowledged. */
  readonly tolerate?: RefusalReasons;
  /**
   * What a message on another topic, not consumed yet, may still lift (topics keep no order between
   * them): retried by the consumer's retry policy, then parked.
   */
  readonly retry?: RefusalReasons;
}

const reasonFor = (reasons: RefusalReasons | undefined, code: string) => (reasons && Object.hasOwn(reasons, code) ? reasons[code] : undefined);

/** Logs a tolerated refusal and returns; throws `RefusedMessageError` for any other. */
export function settleRefusal(refusal: DomainError, rules: RefusalRules, messageId: string, logger: Logger, fields?: Readonly<Record<string, unknown>>): void {
  const tolerated = reasonFor(rules.tolerate, refusal.code);
  if (tolerated === undefined) throw new RefusedMessageError(messageId, refusal, { retryBecause: reasonFor(rules.retry, refusal.code) });
  logger.info({ ...fields, code: refusal.code }, tolerated);
}
