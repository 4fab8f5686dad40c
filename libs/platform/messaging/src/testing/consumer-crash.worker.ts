// Child process of kafka-group-handover.int.spec.ts: a consumer group member that says when it
// has joined, then waits to be killed by SIGKILL, so it never leaves its group.
import pino from 'pino';
import { DEFAULT_KAFKA_CONSUMER_TUNING, KafkaMessageBus } from '../kafka/kafka-message-bus.adapter';
import { engines } from './engines';

function setting(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`consumer-crash worker: ${name} is not set`);
  return value;
}

async function main(): Promise<void> {
  const logger = pino({ level: 'warn', base: { process: 'consumer-crash-worker' } });
  // The production tuning: what a crash costs is what this worker is for.
  const bus = await KafkaMessageBus.connect({
    clientId: 'consumer-crash-worker',
    brokers: engines.kafka.brokers,
    logger,
    consumer: DEFAULT_KAFKA_CONSUMER_TUNING,
  });
  const subscription = await bus.subscribe({ consumerGroup: setting('CRASH_GROUP'), topics: [setting('CRASH_TOPIC')], handler: async () => undefined });
  const joined = setInterval(() => {
    if (subscription.membership().state !== 'joined') return;
    clearInterval(joined);
    process.stdout.write('member joined\n');
  }, 50);
}

main().catch((error: unknown) => {
  pino().fatal({ err: error }, 'consumer-crash worker failed');
  process.exit(1);
});
