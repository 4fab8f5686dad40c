import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContentTooLargeError } from '../errors';
import { contentStoreContract } from '../testing/content-store.contract';
import { FilesystemContentStore } from './filesystem-content-store.adapter';

const roots: string[] = [];

async function freshRoot(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'yunghap-content-'));
  roots.push(root);
  return root;
}

/** Object keys as the folder shows them: content files, not sidecars or temporary files. */
async function keysIn(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && !entry.parentPath.endsWith('.tmp') && !entry.name.endsWith('.json'))
    .map((entry) => entry.name)
    .sort();
}

afterAll(async () => {
  await Promise.all(roots.map((root) => rm(root, { recursive: true, force: true })));
});

contentStoreContract('filesystem', async () => {
  const root = await freshRoot();
  return {
    store: new FilesystemContentStore(root),
    keys: () => keysIn(root),
    tamper: (key, bytes) => writeFile(join(root, key.slice(0, 2), key), bytes),
  };
});

describe('FilesystemContentStore', () => {
  it('leaves no temporary file behind, whether a put succeeds, is too large or fails midway', async () => {
    const root = await freshRoot();
    const store = new FilesystemContentStore(root);
    async function* broken(): AsyncGenerator<Uint8Array> {
      yield new Uint8Array(10);
      throw new Error('upload interrupted');
    }

    await store.put(randomBytes(100), { mediaType: 'application/pdf', maxBytes: 100 });
    await expect(store.put(randomBytes(101), { mediaType: 'application/pdf', maxBytes: 100 })).rejects.toBeInstanceOf(ContentTooLargeError);
    await expect(store.put(broken(), { mediaType: 'application/pdf', maxBytes: 100 })).rejects.toThrow('upload interrupted');

    expect(await readdir(join(root, '.tmp'))).toEqual([]);
    expect(await keysIn(root)).toHaveLength(1);
  });

  it('does not take a sidecar left by a crash before its content for a kept object', async () => {
    const root = await freshRoot();
    const store = new FilesystemContentStore(root);
    const bytes = randomBytes(100);
    const stored = await store.put(bytes, { mediaType: 'application/pdf', maxBytes: 100 });
    await rm(join(root, stored.key.slice(0, 2), stored.key)); // as if the process died between the two renames

    expect(await store.has(stored.key)).toBe(false);
    await expect(store.put(bytes, { mediaType: 'application/pdf', maxBytes: 100 })).resolves.toEqual(stored);
    expect(await store.has(stored.key)).toBe(true);
  });
});
