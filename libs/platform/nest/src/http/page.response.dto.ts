import { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { MAX_PAGE_LIMIT, MAX_PAGE_OFFSET } from './page-query';
import { Page } from './page';

/**
 * The OpenAPI schema of a page of `item`s. Swagger names a schema after its class, so each list
 * declares its own: `export class GrantPageResponse extends PageResponse(GrantResponse, 'Most recent first') {}`.
 */
export function PageResponse<T>(item: Type<T>, order: string): Type<Page<T>> {
  class PageOfItems implements Page<T> {
    @ApiProperty({ type: [item], description: order }) readonly items!: readonly T[];
    @ApiProperty({ type: 'integer', minimum: 1, maximum: MAX_PAGE_LIMIT }) readonly limit!: number;
    @ApiProperty({ type: 'integer', minimum: 0, maximum: MAX_PAGE_OFFSET }) readonly offset!: number;
    @ApiProperty({ description: 'Whether items follow this page: ask again with offset + limit' }) readonly hasMore!: boolean;
  }
  return PageOfItems;
}
