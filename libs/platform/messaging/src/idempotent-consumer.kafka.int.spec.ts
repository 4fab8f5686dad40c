import { requireEngine } from '@yunghap/testing';
import { connectTestKafkaBus, engines, openTestPostgresStore } from './testing/engines';
import { idempotentConsumerContract } from './testing/idempotent-consumer.contract';

idempotentConsumerContract('Kafka + PostgreSQL', async () => {
  await requireEngine(engines.kafka);
  const bus = await connectTestKafkaBus();
  const { store, drop } = await openTestPostgresStore();
  return {
    bus,
    store,
    close: async () => {
      await bus.close();
      await store.close();
      await drop();
    },
  };
});
