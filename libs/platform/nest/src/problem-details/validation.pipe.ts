import { ValidationError, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { fieldRuleText } from './field-rule-texts';
import type { LocalizedText } from './localized-text';
import { FieldViolation } from './problem-details';
import { ProblemException } from './problem.exception';

/**
 * A violation as the pipe found it. `wording` is its message in both languages, from the rule and
 * its constraint values, when the DTO left the rule's words to class-validator; the problem is
 * answered with it in the caller's language, never sent as it is.
 */
export interface WordedViolation extends FieldViolation {
  readonly wording?: LocalizedText;
}

/** The declaration of `rule` on `property` of the object validated, unless the DTO gave the rule its own words. */
function defaultWorded(error: ValidationError, rule: string): { readonly constraints: readonly unknown[]; readonly each: boolean } | undefined {
  const target = error.target;
  if (typeof target !== 'object' || target === null) return { constraints: [], each: false };
  const declared = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((metadata) => metadata.propertyName === error.property && (metadata.name ?? metadata.type) === rule);
  if (declared === undefined) return { constraints: [], each: false };
  return declared.message === undefined ? { constraints: declared.constraints ?? [], each: declared.each } : undefined;
}

function violations(errors: readonly ValidationError[], parent = ''): WordedViolation[] {
  return errors.flatMap((error) => {
    const field = /^\d+$/.test(error.property) ? `${parent}[${error.property}]` : parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => {
      const declared = defaultWorded(error, rule);
      const wording = declared && fieldRuleText(field, rule, declared.constraints, declared.each);
      return wording ? { field, rule, message, wording } : { field, rule, message };
    });
    return [...own, ...violations(error.children ?? [], field)];
  });
}

/**
 * Validates every body, query and param against its class-validator DTO; unknown fields are
 * refused (not silently dropped), and each broken rule is reported with its field path.
 * The validated object is kept on the errors only to find each rule's constraint values.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => ProblemException.validation(violations(errors)),
  });
}
