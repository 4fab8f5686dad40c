import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import pino from 'pino';
import { eventually, requireEngine, uniqueName } from '@yunghap/testing';
import { BusSubscription, Delivery } from '../message-bus.port';
import { engines } from '../testing/engines';
import { testMessage } from '../testing/test-messages';
import { DEFAULT_KAFKA_CONSUMER_TUNING, KafkaConsumerTuning, KafkaMessageBus } from './kafka-message-bus.adapter';

const workspaceRoot = path.resolve(__dirname, '../../../../..');
const silent = pino({ level: 'silent' });

/** Long enough that a handover waiting for the broker to evict the old member could not pass. */
const LONG_SESSION: Partial<KafkaConsumerTuning> = { sessionTimeoutMs: 45_000, heartbeatIntervalMs: 1_000, maxWaitTimeMs: 200, redeliveryDelayMs: 50 };

describe('Kafka group handover', () => {
  const cleanups: (() => Promise<unknown>)[] = [];

  beforeAll(async () => {
    await requireEngine(engines.kafka);
  });

  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  const connect = async (clientId: string, consumer: Partial<KafkaConsumerTuning>) => {
    const bus = await KafkaMessageBus.connect({
      clientId,
      brokers: engines.kafka.brokers,
      logger: silent,
      retry: { retries: 3, initialRetryTime: 100 },
      consumer,
    });
    cleanups.push(() => bus.close());
    return bus;
  };
  const joined = (subscription: BusSubscription) =>
    eventually(() => (subscription.membership().state === 'joined' ? true : undefined), 20_000, 'the member to join');

  it('hands a stopped member’s partitions to the next member at once: stopping leaves the group', async () => {
    const bus = await connect('handover-graceful', LONG_SESSION);
    const topic = uniqueName('handover');
    const group = uniqueName('group');
    await bus.ensureTopics([topic]);

    const first = await bus.subscribe({ consumerGroup: group, topics: [topic], handler: async () => undefined });
    await joined(first);
    await first.stop();
    expect(first.membership().state).toBe('stopped');

    const seen: Delivery[] = [];
    const second = await bus.subscribe({ consumerGroup: group, topics: [topic], handler: async (delivery) => void seen.push(delivery) });
    const message = testMessage('award-1');
    await bus.publish([{ topic, message }]);
    // Had the first member not left, the join would wait out its 45 s session.
    await eventually(() => (seen.length > 0 ? true : undefined), 15_000, 'the message at the second member');
    expect(seen.map((delivery) => delivery.message)).toEqual([message]);
    await second.stop();
  });

  it('gives a killed member’s partitions to a new member within the session timeout', async () => {
    const { sessionTimeoutMs } = DEFAULT_KAFKA_CONSUMER_TUNING;
    const bus = await connect('handover-crash', DEFAULT_KAFKA_CONSUMER_TUNING);
    const topic = uniqueName('handover');
    const group = uniqueName('group');
    await bus.ensureTopics([topic]);

    const worker = await startDyingMember({ CRASH_GROUP: group, CRASH_TOPIC: topic });
    cleanups.push(() => stopWorker(worker));
    worker.kill('SIGKILL');
    await new Promise((resolve) => worker.once('exit', resolve));

    const seen: Delivery[] = [];
    const survivor = await bus.subscribe({ consumerGroup: group, topics: [topic], handler: async (delivery) => void seen.push(delivery) });
    expect(survivor.membership().state).toBe('joining');
    const message = testMessage('award-2');
    await bus.publish([{ topic, message }]);
    await eventually(() => (seen.length > 0 ? true : undefined), sessionTimeoutMs + 10_000, 'the message at the new member');
    expect(seen.map((delivery) => delivery.message)).toEqual([message]);
    expect(survivor.membership().state).toBe('joined');
    await survivor.stop();
  });

  /** Runs testing/consumer-crash.worker.ts and resolves once its member has joined the group. */
  async function startDyingMember(settings: Record<string, string>): Promise<ChildProcess> {
    const worker = spawn(process.execPath, ['-r', '@swc-node/register', path.join(__dirname, '..', 'testing', 'consumer-crash.worker.ts')], {
      cwd: workspaceRoot,
      env: { ...process.env, NODE_OPTIONS: '', SWC_NODE_PROJECT: 'tsconfig.base.json', ...settings },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    worker.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    worker.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      await eventually(
        () => {
          if (worker.exitCode !== null) throw new Error(`the consumer-crash worker exited early (${worker.exitCode}): ${output}`);
          return output.includes('member joined') ? true : undefined;
        },
        30_000,
        'the worker’s member to join',
      );
    } catch (error) {
      await stopWorker(worker);
      throw error;
    }
    return worker;
  }
});

async function stopWorker(worker: ChildProcess): Promise<void> {
  if (worker.exitCode !== null || worker.signalCode !== null) return;
  const exited = new Promise((resolve) => worker.once('exit', resolve));
  worker.kill('SIGKILL');
  await exited;
}
