import { isWon, Won } from '@yunghap/kernel';

export function isBlank(text: string): boolean {
  return text.trim() === '';
}

/** Amounts the program pays or caps: exact integer won, and more than nothing. */
export function isPositiveWon(amount: number): amount is Won {
  return isWon(amount) && amount > 0;
}

export function isPositiveWholeNumber(value: number): boolean {
  return Number.isSafeInteger(value) && value > 0;
}
