import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { mapPage, pageOf, readPage } from './page';
import { MAX_PAGE_LIMIT, MAX_PAGE_OFFSET, PageQuery } from './page-query';

function refusedFields(query: Record<string, string>): string[] {
  return validateSync(plainToInstance(PageQuery, query)).map((error) => error.property);
}

describe('PageQuery', () => {
  it('takes decimal integers within its bounds, and nothing', () => {
    expect(refusedFields({})).toEqual([]);
    expect(refusedFields({ limit: String(MAX_PAGE_LIMIT), offset: String(MAX_PAGE_OFFSET) })).toEqual([]);
    expect(plainToInstance(PageQuery, { limit: '7', offset: '14' })).toEqual({ limit: 7, offset: 14 });
  });

  it('refuses a limit out of 1..200 and an offset out of 0..1,000,000, naming the field', () => {
    expect(refusedFields({ limit: String(MAX_PAGE_LIMIT + 1) })).toEqual(['limit']);
    expect(refusedFields({ limit: '0' })).toEqual(['limit']);
    expect(refusedFields({ offset: '-1' })).toEqual(['offset']);
    expect(refusedFields({ offset: String(MAX_PAGE_OFFSET + 1) })).toEqual(['offset']);
  });

  it('refuses what Number() would misread as an integer', () => {
    expect(refusedFields({ limit: '' })).toEqual(['limit']);
    expect(refusedFields({ limit: ' ' })).toEqual(['limit']);
    expect(refusedFields({ limit: '1e2' })).toEqual(['limit']);
    expect(refusedFields({ offset: '0x10' })).toEqual(['offset']);
  });
});

describe('readPage', () => {
  const letters = ['a', 'b', 'c', 'd', 'e'];
  const store = async ({ skip, limit }: { skip: number; limit: number }) => letters.slice(skip, skip + limit);

  it('asks the store for one item more than the page, to tell whether another follows', async () => {
    const windows: unknown[] = [];
    const page = await readPage({ limit: 2, offset: 1 }, (window) => (windows.push(window), store(window)));
    expect(windows).toEqual([{ skip: 1, limit: 3 }]);
    expect(page).toEqual({ items: ['b', 'c'], limit: 2, offset: 1, hasMore: true });
  });

  it('says no more on the last page, and answers an empty page beyond the end', async () => {
    expect(await readPage({ limit: 2, offset: 3 }, store)).toEqual({ items: ['d', 'e'], limit: 2, offset: 3, hasMore: false });
    expect(await readPage({ limit: 2, offset: 9 }, store)).toEqual({ items: [], limit: 2, offset: 9, hasMore: false });
  });

  it('defaults to the first 50', async () => {
    expect(await readPage({}, store)).toEqual({ items: letters, limit: 50, offset: 0, hasMore: false });
  });
});

describe('pageOf', () => {
  it('pages a list in memory as the store would', async () => {
    const all = ['a', 'b', 'c'];
    expect(pageOf(all, { limit: 2 })).toEqual(await readPage({ limit: 2 }, async ({ skip, limit }) => all.slice(skip, skip + limit)));
    expect(pageOf(all, { limit: 2, offset: 2 })).toEqual({ items: ['c'], limit: 2, offset: 2, hasMore: false });
  });

  it('keeps the window when the items are mapped', () => {
    expect(mapPage(pageOf(['a', 'b', 'c'], { limit: 1, offset: 1 }), (item, index) => `${index}:${item}`)).toEqual({
      items: ['0:b'],
      limit: 1,
      offset: 1,
      hasMore: true,
    });
  });
});
