import pino from 'pino';
import { openPgliteEventStore } from '@yunghap/event-store';
import { InProcessMessageBus } from './in-process/in-process-message-bus.adapter';
import { idempotentConsumerContract } from './testing/idempotent-consumer.contract';

idempotentConsumerContract('in-process bus + PGlite', async () => {
  const bus = new InProcessMessageBus({ logger: pino({ level: 'silent' }), redeliveryDelayMs: 20 });
  const store = await openPgliteEventStore();
  return {
    bus,
    store,
    close: async () => {
      await bus.close();
      await store.close();
    },
  };
});
