import { Brand } from './brand';

/** An amount of Korean won: always a safe integer, never a float. */
export type Won = Brand<number, 'Won'>;

export function isWon(value: unknown): value is Won {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/** Narrows a number to won, refusing fractions and values beyond 2^53 − 1 (exactness). */
export function won(value: number): Won {
  if (!isWon(value)) throw new RangeError(`Not an exact integer amount of won: ${value}`);
  return value;
}

/** An amount the program pays, caps or moves: exact integer won, and more than nothing. */
export function isPositiveWon(value: unknown): value is Won {
  return isWon(value) && value > 0;
}
