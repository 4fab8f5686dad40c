import request from 'supertest';
import type { TestService } from './service-harness';

interface Page {
  readonly items: readonly unknown[];
  readonly limit: number;
  readonly offset: number;
  readonly hasMore: boolean;
}

/**
 * Checks the paging contract of a list that holds at least three items under `query`: a limit
 * over the maximum is refused naming `limit`, an offset past the end answers no items, and two
 * pages split the list into disjoint parts whose union is all of it (items told apart by `idOf`).
 * Example: `await expectPagingOf(service, '/api/grants/grants', testUsers.auditor, (grant) => grant.grantId, { callId })`.
 */
export async function expectPagingOf<T>(
  service: TestService,
  path: string,
  token: string,
  idOf: (item: T) => string,
  query: Record<string, string> = {},
): Promise<void> {
  const page = async (paging: Record<string, number>, status = 200) =>
    (
      await request(service.http)
        .get(path)
        .query({ ...query, ...paging })
        .set('Authorization', token)
        .expect(status)
    ).body;

  const tooLong = await page({ limit: 201 }, 400);
  expect(tooLong.errors.map((error: { field: string }) => error.field)).toEqual(['limit']);

  const all: Page = await page({ limit: 200 });
  const ids = (all.items as T[]).map(idOf);
  expect(ids.length).toBeGreaterThanOrEqual(3);
  expect(new Set(ids).size).toBe(ids.length);
  expect(all).toMatchObject({ limit: 200, offset: 0, hasMore: false });

  const first: Page = await page({ limit: 2 });
  const rest: Page = await page({ limit: 200, offset: 2 });
  expect(first).toMatchObject({ limit: 2, offset: 0, hasMore: true });
  expect(rest).toMatchObject({ offset: 2, hasMore: false });
  expect([...(first.items as T[]), ...(rest.items as T[])].map(idOf)).toEqual(ids);

  expect(await page({ offset: ids.length })).toEqual({ items: [], limit: 50, offset: ids.length, hasMore: false });
}
