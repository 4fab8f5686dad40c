import { AnyObject } from 'mingo/types';

/** A document as the in-memory adapter keeps it: a private copy nobody outside can reach. */
export type StoredDocument = AnyObject & { _id: string };
