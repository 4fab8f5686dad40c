import { formatCheckpoint, openCheckpoint, parseCheckpoint, signCheckpoint } from './checkpoint';
import { CheckpointError, NoteError } from './errors';
import { emptyRoot, leafHash } from './merkle-hashing';
import { MerkleFrontier } from './merkle-frontier';
import { MerkleProver } from './merkle-prover';
import { generateNoteKeyPair, parseSignerKey, parseVerifierKey } from './note-keys';
import { verifyConsistency, verifyInclusion } from './proof-verification';
import { SubtreeHasher } from './subtree-hasher';
import { sampleLeaves } from './testing/reference-merkle';

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return error instanceof CheckpointError || error instanceof NoteError ? error.code : `unexpected: ${String(error)}`;
  }
  return undefined;
};

const ORIGIN = 'audit.yunghap.example/grants';
const root = Buffer.alloc(32, 7);
const rootLine = root.toString('base64');

describe('checkpoints (C2SP tlog-checkpoint)', () => {
  it('writes origin, decimal size and base64 root, each on its own line', () => {
    expect(formatCheckpoint({ origin: ORIGIN, size: 1204, rootHash: root })).toBe(`${ORIGIN}\n1204\n${rootLine}\n`);
    expect(formatCheckpoint({ origin: ORIGIN, size: 0, rootHash: emptyRoot() })).toBe(`${ORIGIN}\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n`);
    expect(formatCheckpoint({ origin: ORIGIN, size: 3, rootHash: root, extensions: ['key=value', 'second'] })).toBe(
      `${ORIGIN}\n3\n${rootLine}\nkey=value\nsecond\n`,
    );
  });

  it('reads the C2SP example checkpoint', () => {
    const checkpoint = parseCheckpoint('example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n');
    expect(checkpoint).toEqual({
      origin: 'example.com/behind-the-sofa',
      size: 20852163,
      rootHash: new Uint8Array(Buffer.from('CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=', 'base64')),
      extensions: [],
    });
  });

  it('reads back what it writes, extensions included', () => {
    const checkpoint = { origin: ORIGIN, size: Number.MAX_SAFE_INTEGER, rootHash: new Uint8Array(root), extensions: ['x y z'] };
    expect(parseCheckpoint(formatCheckpoint(checkpoint))).toEqual(checkpoint);
  });

  it.each([
    ['two lines', `${ORIGIN}\n5\n`],
    ['no final newline', `${ORIGIN}\n5\n${rootLine}`],
    ['an empty origin', `\n5\n${rootLine}\n`],
    ['a leading zero', `${ORIGIN}\n05\n${rootLine}\n`],
    ['a plus sign', `${ORIGIN}\n+5\n${rootLine}\n`],
    ['a negative size', `${ORIGIN}\n-1\n${rootLine}\n`],
    ['a space in the size', `${ORIGIN}\n 5\n${rootLine}\n`],
    ['a size in hex', `${ORIGIN}\n0x5\n${rootLine}\n`],
    ['an empty size', `${ORIGIN}\n\n${rootLine}\n`],
    ['a size past 2^53', `${ORIGIN}\n9007199254740993\n${rootLine}\n`],
    ['a 31-byte root', `${ORIGIN}\n5\n${Buffer.alloc(31).toString('base64')}\n`],
    ['an unpadded root', `${ORIGIN}\n5\n${rootLine.replace('=', '')}\n`],
    ['a root with stray bits', `${ORIGIN}\n5\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2J=\n`],
    ['an empty extension line', `${ORIGIN}\n5\n${rootLine}\n\n`],
    ['a control character', `${ORIGIN}\n5\n${rootLine}\nx\ty\n`],
  ])('refuses a checkpoint with %s', (_, text) => {
    expect(codeOf(() => parseCheckpoint(text))).toBe('CHECKPOINT.MALFORMED');
  });

  it('writes only checkpoints it could read back, under an origin that is a key name', () => {
    expect(codeOf(() => formatCheckpoint({ origin: 'has space', size: 1, rootHash: root }))).toBe('CHECKPOINT.MALFORMED');
    expect(codeOf(() => formatCheckpoint({ origin: ORIGIN, size: -1, rootHash: root }))).toBe('CHECKPOINT.MALFORMED');
    expect(codeOf(() => formatCheckpoint({ origin: ORIGIN, size: 1, rootHash: root.subarray(1) }))).toBe('CHECKPOINT.MALFORMED');
    expect(codeOf(() => formatCheckpoint({ origin: ORIGIN, size: 1, rootHash: root, extensions: [''] }))).toBe('CHECKPOINT.MALFORMED');
    expect(codeOf(() => formatCheckpoint({ origin: ORIGIN, size: 1, rootHash: root, extensions: ['a\nb'] }))).toBe('CHECKPOINT.MALFORMED');
  });

  describe('signed', () => {
    const key = generateNoteKeyPair(ORIGIN);
    const signer = parseSignerKey(key.signerKey);
    const verifier = parseVerifierKey(key.verifierKey);

    it('opens with the log’s key and origin, and only so', () => {
      const note = signCheckpoint({ origin: ORIGIN, size: 9, rootHash: root }, [signer]);
      expect(openCheckpoint(note, [verifier], ORIGIN).checkpoint).toEqual({ origin: ORIGIN, size: 9, rootHash: new Uint8Array(root), extensions: [] });
      expect(codeOf(() => openCheckpoint(note, [verifier], 'audit.yunghap.example/evaluation'))).toBe('CHECKPOINT.FOREIGN_ORIGIN');
      expect(codeOf(() => openCheckpoint(note, [parseVerifierKey(generateNoteKeyPair(ORIGIN).verifierKey)], ORIGIN))).toBe('NOTE.UNVERIFIED');
      expect(codeOf(() => openCheckpoint(note.replace('\n9\n', '\n10\n'), [verifier], ORIGIN))).toBe('NOTE.INVALID_SIGNATURE');
    });

    it('carries a log from its frontier to proofs a verifier checks against signed checkpoints', async () => {
      const hashes = sampleLeaves(45).map(leafHash);
      const frontier = MerkleFrontier.empty();
      const notes: string[] = [];
      hashes.forEach((hash) => {
        frontier.append(hash);
        if (frontier.size === 20 || frontier.size === 45)
          notes.push(signCheckpoint({ origin: ORIGIN, size: frontier.size, rootHash: frontier.root() }, [signer]));
      });
      const [older, newer] = notes.map((note) => openCheckpoint(note, [verifier], ORIGIN).checkpoint);
      const prover = new MerkleProver(new SubtreeHasher({ readLeafHashes: (start, end) => hashes.slice(start, end) }));
      expect(verifyInclusion(hashes[17], 17, newer.size, await prover.inclusionProof(17, newer.size), newer.rootHash)).toBe(true);
      expect(verifyConsistency(older.size, newer.size, older.rootHash, newer.rootHash, await prover.consistencyProof(older.size, newer.size))).toBe(true);
    });
  });
});
