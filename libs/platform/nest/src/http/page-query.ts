import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { OptionalField } from '../problem-details/optional-field';

export const DEFAULT_PAGE_LIMIT = 50;
export const MAX_PAGE_LIMIT = 200;
/** No list is paged this far; beyond it a document store's skip stops being a safe integer. */
export const MAX_PAGE_OFFSET = 1_000_000;

/**
 * A query parameter read as a decimal integer. Only digits convert: `Number('')` and
 * `Number(' ')` are 0 and `Number('1e2')` is 100, which would let a malformed value through as
 * a valid one; anything else stays a string and fails `@IsInt` on its field.
 */
const QueryInteger = (): PropertyDecorator => Transform(({ value }) => (typeof value === 'string' && /^-?\d{1,15}$/.test(value) ? Number(value) : value));

// Its limits reach the OpenAPI documents from the validation rules (mirrorValidationRules).
/**
 * The paging every list endpoint takes: `offset` items skipped, then at most `limit`.
 * A list's filters extend it: `class GrantsQuery extends PageQuery { callId?: string }`.
 */
export class PageQuery {
  @ApiPropertyOptional({ default: DEFAULT_PAGE_LIMIT, description: 'Items on the page at most' })
  @OptionalField()
  @QueryInteger()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_LIMIT)
  readonly limit?: number;

  @ApiPropertyOptional({ default: 0, description: 'Items of the whole list skipped before the page' })
  @OptionalField()
  @QueryInteger()
  @IsInt()
  @Min(0)
  @Max(MAX_PAGE_OFFSET)
  readonly offset?: number;
}
