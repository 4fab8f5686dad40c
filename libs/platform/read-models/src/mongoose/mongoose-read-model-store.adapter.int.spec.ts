import { localEngines, requireEngine, uniqueName } from '@yunghap/testing';
import { readModelStoreContract } from '../testing/read-model-store.contract';
import { MongooseReadModelStore } from './mongoose-read-model-store.adapter';

// The contract's own teardown drops this database (dropAll) before closing the connection.
readModelStoreContract('mongoose on FerretDB', async () => {
  const mongo = await requireEngine(localEngines().mongo);
  return MongooseReadModelStore.connect(mongo.url(''), uniqueName('read_models'));
});
