import { applyDecorators } from '@nestjs/common';
import { IsInt, Matches, Max, Min } from 'class-validator';

/** Ids that become part of stream names and URLs (calls, centers): lower-case kebab-case. */
export const IsKebabCaseId = () => Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: '$property must be lower-case kebab-case, e.g. call-2026-it' });

/**
 * An amount the program pays or caps: whole won greater than zero that a JavaScript number holds
 * exactly (`Number.isSafeInteger`). Limits such as the program's cap are business rules, not this.
 */
export const IsPositiveWon = () => applyDecorators(IsInt(), Min(1), Max(Number.MAX_SAFE_INTEGER));
