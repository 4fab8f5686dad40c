import { ownStreamMetadata, withOwnStreamMetadata } from './stream-metadata';

describe('stream metadata on the server', () => {
  it('keeps ours under one key, so that retention-like keys stay data', () => {
    expect(withOwnStreamMetadata({}, { maxAge: 1, truncateBefore: 3 })).toEqual({ yunghap: { maxAge: 1, truncateBefore: 3 } });
  });

  it('replaces ours and keeps the rest of the document', () => {
    const document = { acl: { readRoles: ['$admins'] }, yunghap: { old: true } };
    expect(withOwnStreamMetadata(document, { center: 'honam' })).toEqual({ acl: { readRoles: ['$admins'] }, yunghap: { center: 'honam' } });
  });

  it('reads ours, or nothing when the document has none', () => {
    expect(ownStreamMetadata({ maxAge: 5, yunghap: { retention: 'forever' } })).toEqual({ retention: 'forever' });
    expect(ownStreamMetadata({ maxAge: 5 })).toEqual({});
    expect(ownStreamMetadata({ yunghap: ['not', 'ours'] })).toEqual({});
  });
});
