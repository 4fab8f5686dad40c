import { ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldViolation } from './problem-details';
import { ProblemException } from './problem.exception';

function violations(errors: readonly ValidationError[], parent = ''): FieldViolation[] {
  return errors.flatMap((error) => {
    const field = /^\d+$/.test(error.property) ? `${parent}[${error.property}]` : parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({ field, rule, message }));
    return [...own, ...violations(error.children ?? [], field)];
  });
}

/**
 * Validates every body, query and param against its class-validator DTO; unknown fields are
 * refused (not silently dropped), and each broken rule is reported with its field path.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => ProblemException.validation(violations(errors)),
  });
}
