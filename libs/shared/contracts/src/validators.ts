import { IsInt, Max, Min } from 'class-validator';

/** An amount in won: a non-negative integer that a JavaScript number holds exactly. */
export function IsWon(): PropertyDecorator {
  return (target, key) => {
    IsInt()(target, key);
    Min(0)(target, key);
    Max(Number.MAX_SAFE_INTEGER)(target, key);
  };
}
