import { BusSubscription, MessageBus, OutgoingMessage, SubscribeOptions } from './message-bus.port';

/**
 * A bus whose topics and consumer groups live under a prefix, so that several platforms (an
 * end-to-end run beside a developer's instance, say) can share one broker without hearing each
 * other. Handlers see the topic names they subscribed to, without the prefix.
 * Example: `new NamespacedMessageBus(kafkaBus, 'e2e-42')` publishes `yunghap.grants.events` as
 * `e2e-42.yunghap.grants.events`.
 */
export class NamespacedMessageBus implements MessageBus {
  constructor(
    private readonly inner: MessageBus,
    private readonly namespace: string,
  ) {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(namespace)) throw new RangeError(`Invalid bus namespace: "${namespace}"`);
  }

  private outer(name: string): string {
    return `${this.namespace}.${name}`;
  }

  private inside(name: string): string {
    return name.startsWith(`${this.namespace}.`) ? name.slice(this.namespace.length + 1) : name;
  }

  ensureTopics(topics: readonly string[]): Promise<void> {
    return this.inner.ensureTopics(topics.map((topic) => this.outer(topic)));
  }

  publish(messages: readonly OutgoingMessage[]): Promise<void> {
    return this.inner.publish(messages.map((message) => ({ ...message, topic: this.outer(message.topic) })));
  }

  subscribe(options: SubscribeOptions): Promise<BusSubscription> {
    const { onParked } = options;
    return this.inner.subscribe({
      consumerGroup: this.outer(options.consumerGroup),
      topics: options.topics.map((topic) => this.outer(topic)),
      handler: (delivery) => options.handler({ ...delivery, topic: this.inside(delivery.topic) }),
      onParked: onParked && ((parked) => onParked({ ...parked, topic: this.inside(parked.topic) })),
    });
  }

  consumerLag(consumerGroup: string, topics: readonly string[]): Promise<number> {
    return this.inner.consumerLag(
      this.outer(consumerGroup),
      topics.map((topic) => this.outer(topic)),
    );
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
