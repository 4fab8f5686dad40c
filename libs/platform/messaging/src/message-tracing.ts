import { Attributes, ROOT_CONTEXT, Span, SpanKind, trace, Tracer } from '@opentelemetry/api';
import { contextFrom, inSpan, markFailed, MESSAGING_ATTRIBUTES, NON_RECORDING_SPAN, traceContextIn, YUNGHAP_ATTRIBUTES } from '@yunghap/telemetry';
import { IntegrationMessage } from './integration-message';
import { Delivery, OutgoingMessage } from './message-bus.port';

/** How the relay and the consumers of one service trace what they move. */
export interface MessageTracing {
  readonly tracer: Tracer;
  /** `messaging.system`: `kafka`, or `in-process` for the single process's bus. */
  readonly system: string;
}

function messageAttributes(system: string, operation: 'send' | 'process', topic: string, message: IntegrationMessage): Attributes {
  return {
    [MESSAGING_ATTRIBUTES.system]: system,
    [MESSAGING_ATTRIBUTES.operationType]: operation,
    [MESSAGING_ATTRIBUTES.operationName]: operation,
    [MESSAGING_ATTRIBUTES.destination]: topic,
    [MESSAGING_ATTRIBUTES.messageId]: message.messageId,
    [MESSAGING_ATTRIBUTES.kafkaKey]: message.key,
    [YUNGHAP_ATTRIBUTES.messageType]: message.type,
    [YUNGHAP_ATTRIBUTES.correlationId]: message.correlationId,
  };
}

/**
 * Publishes `messages` each in a PRODUCER span `send <topic>`, the child of the context its
 * headers carry (the one the outbox row kept from the request), and replaces that context in the
 * headers with the span's own, so the consumer's span becomes its child. Without tracing the
 * messages go as they are, still carrying the request's context.
 */
export async function publishInSpans(
  tracing: MessageTracing | undefined,
  messages: readonly OutgoingMessage[],
  publish: (messages: readonly OutgoingMessage[]) => Promise<void>,
): Promise<void> {
  if (tracing === undefined) return publish(messages);
  const spans = messages.map(({ topic, message, headers }) =>
    tracing.tracer.startSpan(
      `send ${topic}`,
      { kind: SpanKind.PRODUCER, attributes: messageAttributes(tracing.system, 'send', topic, message) },
      contextFrom(headers),
    ),
  );
  const traced = messages.map((outgoing, index) => ({
    ...outgoing,
    headers: { ...outgoing.headers, ...traceContextIn(trace.setSpan(ROOT_CONTEXT, spans[index])) },
  }));
  try {
    await publish(traced);
  } catch (error) {
    spans.forEach((span) => markFailed(span, error));
    throw error;
  } finally {
    spans.forEach((span) => span.end());
  }
}

/**
 * Runs a consumer's handling of `delivery` in a CONSUMER span `process <topic>`, the child of the
 * context in the delivery's headers; a message without one, or with a malformed one, starts a new
 * trace. What the handler appends keeps the span's context, so the trace goes on from there.
 */
export function processInSpan<T>(tracing: MessageTracing | undefined, consumerGroup: string, delivery: Delivery, work: (span: Span) => Promise<T>): Promise<T> {
  if (tracing === undefined) return work(NON_RECORDING_SPAN);
  const { topic, partition, offset, message, headers } = delivery;
  const attributes = {
    ...messageAttributes(tracing.system, 'process', topic, message),
    [MESSAGING_ATTRIBUTES.consumerGroup]: consumerGroup,
    [MESSAGING_ATTRIBUTES.partition]: String(partition),
    [MESSAGING_ATTRIBUTES.kafkaOffset]: Number(offset),
  };
  return inSpan(tracing.tracer, `process ${topic}`, { kind: SpanKind.CONSUMER, attributes }, work, contextFrom(headers));
}
