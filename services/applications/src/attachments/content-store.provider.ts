import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { ContentRead, ContentSource, ContentStore, FilesystemContentStore, PutOptions, S3ContentStore, StoredContent } from '@yunghap/storage';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ATTACHMENTS_CONFIG } from './attachments.di-tokens';
import { AttachmentsConfig } from './attachments.config';

function openStore(store: AttachmentsConfig['store']): { store: ContentStore; temporaryRoot?: string } {
  switch (store.kind) {
    case 's3': {
      const { kind: _kind, ...s3 } = store;
      return { store: new S3ContentStore(s3) };
    }
    case 'filesystem':
      return { store: new FilesystemContentStore(store.root) };
    case 'temporary': {
      const temporaryRoot = mkdtempSync(path.join(tmpdir(), 'yunghap-attachments-'));
      return { store: new FilesystemContentStore(temporaryRoot), temporaryRoot };
    }
  }
}

/** The configured content store for the service's lifetime: closed (and a temporary folder removed) when the service stops. */
@Injectable()
export class AttachmentStore implements ContentStore, OnModuleDestroy {
  private readonly opened: { store: ContentStore; temporaryRoot?: string };

  constructor(@Inject(ATTACHMENTS_CONFIG) config: AttachmentsConfig) {
    this.opened = openStore(config.store);
  }

  put(source: ContentSource, options: PutOptions): Promise<StoredContent> {
    return this.opened.store.put(source, options);
  }

  get(key: string): Promise<ContentRead> {
    return this.opened.store.get(key);
  }

  has(key: string): Promise<boolean> {
    return this.opened.store.has(key);
  }

  async close(): Promise<void> {
    await this.opened.store.close();
    if (this.opened.temporaryRoot) rmSync(this.opened.temporaryRoot, { recursive: true, force: true });
  }

  onModuleDestroy(): Promise<void> {
    return this.close();
  }
}
