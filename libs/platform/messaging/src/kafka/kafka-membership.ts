import { Consumer } from 'kafkajs';
import { Membership } from '../message-bus.port';

/** Follows a kafkajs consumer's group events, so that a subscription can say whether it serves its partitions. */
export class KafkaMembership {
  private membership: Membership = { state: 'joining', error: null };
  private readonly unlisten: (() => void)[];

  constructor(consumer: Consumer) {
    const { GROUP_JOIN, REBALANCING, CRASH } = consumer.events;
    this.unlisten = [
      consumer.on(GROUP_JOIN, () => (this.membership = { state: 'joined', error: null })),
      consumer.on(REBALANCING, () => (this.membership = { state: 'joining', error: null })),
      // kafkajs restarts itself after a retriable crash and gives up after any other one.
      consumer.on(
        CRASH,
        ({ payload }) => (this.membership = { state: payload.restart ? 'joining' : 'stopped', error: `${payload.error.name}: ${payload.error.message}` }),
      ),
    ];
  }

  current(): Membership {
    return this.membership;
  }

  /** Final: the events of a consumer being torn down change nothing afterwards. */
  stopped(error?: unknown): void {
    this.unlisten.splice(0).forEach((remove) => remove());
    this.membership = { state: 'stopped', error: error === undefined ? null : error instanceof Error ? error.message : String(error) };
  }
}
