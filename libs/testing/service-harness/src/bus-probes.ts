import { randomUUID } from 'node:crypto';
import { IntegrationMessage } from '@yunghap/messaging';
import { SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import type { TestService } from './service-harness';

/**
 * Puts messages on `topic` as another service's outbox relay would; resolves once the service's
 * consumers have handled (committed) every one.
 */
export function deliver(service: TestService, topic: string, ...messages: IntegrationMessage[]): Promise<void> {
  return service.bus.publish(messages.map((message) => ({ topic, message })));
}

/** Everything the service publishes on `topic` from now on, as it arrives. */
export async function listen(service: TestService, topic: string): Promise<IntegrationMessage[]> {
  const received: IntegrationMessage[] = [];
  await service.bus.subscribe({ consumerGroup: `test-listener-${randomUUID()}`, topics: [topic], handler: async ({ message }) => void received.push(message) });
  return received;
}

/** The types of the events recorded on `streamId`, straight from the service's event store. */
export async function eventTypes(service: TestService, streamId: string): Promise<string[]> {
  const runtime = service.app.get<ServiceRuntime>(SERVICE_RUNTIME, { strict: false });
  return (await runtime.store.readStream(streamId)).map((event) => event.type);
}
