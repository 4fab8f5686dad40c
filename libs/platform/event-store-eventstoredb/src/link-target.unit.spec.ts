import { linkTarget, linkTargetOf, parseLinkTarget } from './link-target';

describe('link targets', () => {
  it('writes revision@stream and reads it back, even when the stream id has an @', () => {
    expect(linkTarget('grant-42', 7n)).toBe('7@grant-42');
    expect(parseLinkTarget('7@mail@host')).toEqual({ streamId: 'mail@host', revision: 7n });
  });

  it('refuses bodies that are not link targets', () => {
    expect(() => parseLinkTarget('grant-42')).toThrow(/Not a link target/);
    expect(() => parseLinkTarget('x@grant-42')).toThrow(/Not a link target/);
  });

  it('reads a link’s body from the bytes the server returns', () => {
    expect(linkTargetOf({ data: Buffer.from('0@s', 'utf8') })).toBe('0@s');
    expect(() => linkTargetOf({ data: { json: true } })).toThrow(/no binary body/);
  });
});
