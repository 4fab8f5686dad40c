import { mongo } from 'mongoose';
import { BulkOperation, BulkWriteResult, ReadModelDocument } from '../read-model-store.port';
import { isDuplicateKeyReport } from './duplicate-key';
import type { NativeDocument } from './mongoose-collection';

/**
 * FerretDB 1.24 hangs for good, every connection with it, on an `update` command of 100 or more
 * statements (probed: 99 answer in 0.5 s, 100 never do), and the driver sends all of a bulk's
 * replacements as one command. So replacements go at most this many to a command; inserts and
 * deletions have no such limit (1,000 of either in one command answer).
 */
export const MAX_REPLACEMENTS_PER_COMMAND = 50;

type NativeCollection = mongo.Collection<NativeDocument>;

interface Chunk {
  readonly operations: mongo.AnyBulkWriteOperation<NativeDocument>[];
  /** Where each operation of the chunk stands in the caller's list. */
  readonly positions: number[];
}

function toNative<T extends ReadModelDocument>(operation: BulkOperation<T>): mongo.AnyBulkWriteOperation<NativeDocument> {
  if ('insertOne' in operation) return { insertOne: { document: operation.insertOne.document } };
  if ('replaceOne' in operation) return { replaceOne: { filter: operation.replaceOne.filter, replacement: operation.replaceOne.replacement } };
  return { deleteOne: { filter: operation.deleteOne.filter } };
}

/** Inserts and deletions in one chunk, replacements in chunks small enough for FerretDB. */
function chunked<T extends ReadModelDocument>(operations: readonly BulkOperation<T>[]): Chunk[] {
  const others: Chunk = { operations: [], positions: [] };
  const replacements: Chunk[] = [];
  for (const [position, operation] of operations.entries()) {
    let chunk = others;
    if ('replaceOne' in operation) {
      const last = replacements[replacements.length - 1];
      chunk = last !== undefined && last.operations.length < MAX_REPLACEMENTS_PER_COMMAND ? last : { operations: [], positions: [] };
      if (chunk !== last) replacements.push(chunk);
    }
    chunk.operations.push(toNative(operation));
    chunk.positions.push(position);
  }
  return [others, ...replacements].filter((chunk) => chunk.operations.length > 0);
}

interface Counts {
  insertedCount: number;
  matchedCount: number;
  modifiedCount: number;
  deletedCount: number;
}

async function writeChunk(collection: NativeCollection, chunk: Chunk, counts: Counts, duplicateKeys: number[]): Promise<void> {
  let result: mongo.BulkWriteResult;
  try {
    result = await collection.bulkWrite(chunk.operations, { ordered: false });
  } catch (error) {
    if (!(error instanceof mongo.MongoBulkWriteError)) throw error;
    const writeErrors = Array.isArray(error.writeErrors) ? error.writeErrors : [error.writeErrors];
    if (writeErrors.length === 0 || !writeErrors.every((writeError) => isDuplicateKeyReport(writeError.code, writeError.errmsg ?? ''))) throw error;
    for (const writeError of writeErrors) duplicateKeys.push(chunk.positions[writeError.index]);
    result = error.result;
  }
  counts.insertedCount += result.insertedCount;
  counts.matchedCount += result.matchedCount;
  counts.modifiedCount += result.modifiedCount;
  counts.deletedCount += result.deletedCount;
}

/** The port's unordered `bulkWrite` over the driver's, one chunk after another. */
export async function bulkWrite<T extends ReadModelDocument>(collection: NativeCollection, operations: readonly BulkOperation<T>[]): Promise<BulkWriteResult> {
  const counts: Counts = { insertedCount: 0, matchedCount: 0, modifiedCount: 0, deletedCount: 0 };
  const duplicateKeys: number[] = [];
  for (const chunk of chunked(operations)) await writeChunk(collection, chunk, counts, duplicateKeys);
  return { ...counts, duplicateKeys: duplicateKeys.sort((a, b) => a - b) };
}
