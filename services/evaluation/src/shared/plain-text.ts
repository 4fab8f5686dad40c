import { applyDecorators } from '@nestjs/common';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

/** Documented as a pattern, so clients and fuzzers draw values that pass. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NO_CONTROL_CHARACTERS = /^[^\u0000-\u001f\u007f]*$/;

/**
 * One line of text such as a name or an affiliation, at most `maxLength` long: a tab or a line
 * break would break the lists and ledgers it is shown in. (NUL and unpaired surrogates, which no
 * store can keep, are refused for every field by the platform's edge before this runs.)
 */
export const PlainText = (maxLength: number): PropertyDecorator =>
  applyDecorators(
    IsString(),
    IsNotEmpty(),
    MaxLength(maxLength),
    Matches(NO_CONTROL_CHARACTERS, { message: '$property must be one line of text without control characters' }),
  );
