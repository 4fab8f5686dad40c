import { mongo } from 'mongoose';
import { DuplicateKeyError } from '../read-model.errors';

const DUPLICATE_KEY = 11000;
// FerretDB 1.24 (SQLite) reports a unique index broken by an update or an index build as
// an InternalError carrying SQLite's message, not as 11000.
const FERRETDB_INTERNAL_ERROR = 1;
const SQLITE_UNIQUE_VIOLATION = /UNIQUE constraint failed/;

function isDuplicateKey(error: unknown): error is mongo.MongoServerError {
  if (!(error instanceof mongo.MongoServerError)) return false;
  return error.code === DUPLICATE_KEY || (error.code === FERRETDB_INTERNAL_ERROR && SQLITE_UNIQUE_VIOLATION.test(error.message));
}

/** Runs a write, turning the server's duplicate-key failures into the port's `DuplicateKeyError`. */
export async function translatingDuplicateKeys<R>(collection: string, write: () => Promise<R>): Promise<R> {
  try {
    return await write();
  } catch (error) {
    if (isDuplicateKey(error)) throw new DuplicateKeyError(collection, error.message, { cause: error });
    throw error;
  }
}
