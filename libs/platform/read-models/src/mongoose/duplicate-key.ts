import { mongo } from 'mongoose';
import { DuplicateKeyError } from '../read-model.errors';

const DUPLICATE_KEY = 11000;
// FerretDB 1.24 (SQLite) reports a unique index broken by an update or an index build as
// an InternalError carrying SQLite's message, not as 11000.
const FERRETDB_INTERNAL_ERROR = 1;
const SQLITE_UNIQUE_VIOLATION = /UNIQUE constraint failed/;

function isDuplicateKey(error: unknown): error is mongo.MongoServerError {
  return error instanceof mongo.MongoServerError && isDuplicateKeyReport(error.code, error.message);
}

/** Whether a server's error code and message (of a command, or of one write in a bulk) report a duplicate key. */
export function isDuplicateKeyReport(code: unknown, message: string): boolean {
  return code === DUPLICATE_KEY || (code === FERRETDB_INTERNAL_ERROR && SQLITE_UNIQUE_VIOLATION.test(message));
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
