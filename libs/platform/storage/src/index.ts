export * from './content-store.port';
export * from './errors';
export { isContentKey } from './content-key';
export * from './document-type';
export { FilesystemContentStore } from './filesystem/filesystem-content-store.adapter';
export { S3ContentStore, type S3ContentStoreConfig } from './s3/s3-content-store.adapter';
