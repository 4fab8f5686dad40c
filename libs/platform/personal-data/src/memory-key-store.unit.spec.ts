import { MemoryPersonalKeyStore } from './memory-key-store';
import { personalKeyStoreContract } from './testing/personal-key-store.contract';

personalKeyStoreContract('in memory', async () => new MemoryPersonalKeyStore());
