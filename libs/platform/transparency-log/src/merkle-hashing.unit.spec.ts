import { createHash } from 'node:crypto';
import { emptyRoot, leafHash, nodeHash, rootOf } from './merkle-hashing';
import { referenceRoot, sampleLeaves } from './testing/reference-merkle';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const sha256 = (...parts: Uint8Array[]) => parts.reduce((hash, part) => hash.update(part), createHash('sha256')).digest();

describe('Merkle tree hashing (RFC 6962 §2.1)', () => {
  it('gives the empty tree the SHA-256 of nothing', () => {
    expect(hex(emptyRoot())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hex(rootOf([]))).toBe(hex(emptyRoot()));
  });

  it('prefixes leaves with 0x00 and interior nodes with 0x01', () => {
    const [a, b] = [Buffer.from('a'), Buffer.from('b')];
    expect(hex(leafHash(a))).toBe(hex(sha256(Buffer.of(0), a)));
    expect(hex(nodeHash(leafHash(a), leafHash(b)))).toBe(hex(sha256(Buffer.of(1), sha256(Buffer.of(0), a), sha256(Buffer.of(0), b))));
    // SHA-256 of the single byte 0x00: the hash of an empty leaf.
    expect(hex(leafHash(new Uint8Array()))).toBe('6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d');
  });

  it('makes a single leaf its own root', () => {
    const only = leafHash(Buffer.from('only'));
    expect(hex(rootOf([only]))).toBe(hex(only));
  });

  it('reproduces the RFC 6962 reference implementation test vectors', () => {
    // The eight leaves of Certificate Transparency's reference tests and the roots published for
    // the trees of their first 1…8 leaves.
    const data = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map((h) => Buffer.from(h, 'hex'));
    const roots = [
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
      'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
      'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
      '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
      '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
      'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
      '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
    ];
    const hashes = data.map(leafHash);
    expect(roots.map((_, i) => hex(rootOf(hashes.slice(0, i + 1))))).toEqual(roots);
  });

  it('splits at the largest power of two below n, like a literal transcription of MTH, for 0…70 leaves', () => {
    const data = sampleLeaves(70);
    const hashes = data.map(leafHash);
    for (let n = 0; n <= 70; n += 1) expect([n, hex(rootOf(hashes.slice(0, n)))]).toEqual([n, hex(referenceRoot(data.slice(0, n)))]);
  });
});
