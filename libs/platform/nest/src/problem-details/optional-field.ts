import { ValidateIf } from 'class-validator';

/**
 * A field the client may leave out. Unlike class-validator's `IsOptional`, `null` is not taken
 * for "left out": it is validated like any value and refused with the field's own rule, so a
 * handler never meets a null it did not declare.
 */
export const OptionalField = (): PropertyDecorator => ValidateIf((_object, value) => value !== undefined);
