import { readModelStoreContract } from '../testing/read-model-store.contract';
import { InMemoryReadModelStore } from './in-memory-read-model-store.adapter';

readModelStoreContract('in-memory (mingo)', async () => new InMemoryReadModelStore());
