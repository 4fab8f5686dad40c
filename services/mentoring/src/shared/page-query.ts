import { ApiPropertyOptional } from '@nestjs/swagger';
import { OptionalField } from '@yunghap/platform-nest';
import { Transform } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

/** No list is paged this far; beyond it a document store's skip stops being a safe integer. */
const MAX_SKIP = 1_000_000;

/**
 * A query parameter read as a decimal integer. Only digits convert: `Number('')` and
 * `Number(' ')` are 0 and `Number('1e2')` is 100, which would let a malformed value through as
 * a valid one; anything else stays a string and fails `@IsInt` on its field.
 */
const QueryInteger = (): PropertyDecorator => Transform(({ value }) => (typeof value === 'string' && /^-?\d{1,15}$/.test(value) ? Number(value) : value));

/** The paging every list of this service takes. */
export abstract class PageQuery {
  @ApiPropertyOptional({ default: 0 }) @OptionalField() @QueryInteger() @IsInt() @Min(0) @Max(MAX_SKIP) readonly skip?: number;
  @ApiPropertyOptional({ default: 50 }) @OptionalField() @QueryInteger() @IsInt() @Min(1) @Max(200) readonly limit?: number;
}
