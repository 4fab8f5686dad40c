import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { assertContentKey } from '../content-key';
import { ContentMeter, readableOf } from '../content-meter';
import { ContentRead, ContentSource, ContentStore, PutOptions, StoredContent } from '../content-store.port';
import { ContentNotFoundError } from '../errors';
import { verifiedContent } from '../verified-content';

/** The media type is kept beside the bytes, in `<key>.json`. */
interface Sidecar {
  readonly mediaType: string;
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';

/**
 * Keeps each object as `<root>/<first two hex digits>/<key>` (two levels keep folders small),
 * its media type in `<key>.json` beside it. Content is written to `<root>/.tmp/` and renamed
 * into place once complete and flushed: a crash leaves a stray temporary file, never a half
 * object under a key. The sidecar is renamed into place first, so an object that exists has one.
 */
export class FilesystemContentStore implements ContentStore {
  private readonly tmpDir: string;

  constructor(private readonly root: string) {
    this.tmpDir = join(root, '.tmp');
  }

  async put(source: ContentSource, { mediaType, maxBytes }: PutOptions): Promise<StoredContent> {
    await mkdir(this.tmpDir, { recursive: true });
    const tmp = this.tmpPath();
    const meter = new ContentMeter(maxBytes);
    const file = createWriteStream(tmp, { flags: 'wx', flush: true });
    try {
      await pipeline(readableOf(source), meter, file);
      const { sha256: key, size } = meter.measured();
      if (await this.has(key)) return { key, sha256: key, size, mediaType: (await this.sidecar(key))?.mediaType ?? mediaType };
      await mkdir(join(this.root, key.slice(0, 2)), { recursive: true });
      await this.writeSidecar(key, { mediaType });
      await rename(tmp, this.contentPath(key));
      return { key, sha256: key, size, mediaType };
    } finally {
      // A source failing at once destroys the stream before its file is even open: the file appears
      // when the open completes, so it is removed only once the stream has closed.
      await new Promise<void>((closed) => (file.closed ? closed() : file.once('close', () => closed())));
      await rm(tmp, { force: true });
    }
  }

  async get(key: string): Promise<ContentRead> {
    assertContentKey(key);
    const file = await open(this.contentPath(key), 'r').catch((error: unknown) => {
      throw isMissing(error) ? new ContentNotFoundError(key) : error;
    });
    try {
      const [{ size }, kept] = await Promise.all([file.stat(), this.sidecar(key)]);
      if (!kept) throw new ContentNotFoundError(key);
      return { content: verifiedContent(file.createReadStream(), key, size), size, mediaType: kept.mediaType };
    } catch (error) {
      await file.close();
      throw error;
    }
  }

  async has(key: string): Promise<boolean> {
    assertContentKey(key);
    return stat(this.contentPath(key)).then(
      () => true,
      (error: unknown) => {
        if (isMissing(error)) return false;
        throw error;
      },
    );
  }

  async close(): Promise<void> {
    // Nothing held open between calls.
  }

  private contentPath(key: string): string {
    return join(this.root, key.slice(0, 2), key);
  }

  private tmpPath(): string {
    return join(this.tmpDir, randomUUID());
  }

  private async sidecar(key: string): Promise<Sidecar | undefined> {
    try {
      return JSON.parse(await readFile(`${this.contentPath(key)}.json`, 'utf8')) as Sidecar;
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  private async writeSidecar(key: string, sidecar: Sidecar): Promise<void> {
    const tmp = this.tmpPath();
    try {
      await writeFile(tmp, JSON.stringify(sidecar), { flag: 'wx', flush: true });
      await rename(tmp, `${this.contentPath(key)}.json`);
    } finally {
      await rm(tmp, { force: true });
    }
  }
}
