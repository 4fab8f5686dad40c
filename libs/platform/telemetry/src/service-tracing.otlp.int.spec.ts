import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { SpanKind } from '@opentelemetry/api';
import pino from 'pino';
import { startTracing } from './service-tracing';
import { inSpan } from './spans';

interface Received {
  readonly path: string;
  readonly contentType: string | undefined;
  readonly authorization: string | undefined;
  readonly body: Buffer;
}

/** A collector's OTLP/HTTP receiver on loopback that keeps what it is sent. */
async function collector(): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ path: req.url ?? '', contentType: req.headers['content-type'], authorization: req.headers.authorization, body: Buffer.concat(chunks) });
      res.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/v1/traces`, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('exporting over OTLP/HTTP', () => {
  it('sends the spans, protobuf-encoded and with OTEL_EXPORTER_OTLP_HEADERS, once the service shuts its tracing down', async () => {
    const receiver = await collector();
    process.env['OTEL_EXPORTER_OTLP_HEADERS'] = 'authorization=Bearer collector-token';
    try {
      const tracing = startTracing({ serviceName: 'yunghap-grants', destination: { kind: 'otlp', url: receiver.url } }, pino({ level: 'silent' }));
      const traceId = await inSpan(tracing.tracer, 'command ApproveGrant', { kind: SpanKind.INTERNAL }, async (span) => span.spanContext().traceId);
      await tracing.shutdown();

      expect(receiver.received).toHaveLength(1);
      const [sent] = receiver.received;
      expect(sent).toMatchObject({ path: '/v1/traces', contentType: 'application/x-protobuf', authorization: 'Bearer collector-token' });
      // Protobuf keeps ids as raw bytes and strings as UTF-8: enough to know the span is in there.
      expect(sent.body.includes(Buffer.from(traceId, 'hex'))).toBe(true);
      expect(sent.body.includes(Buffer.from('yunghap-grants'))).toBe(true);
      expect(sent.body.includes(Buffer.from('command ApproveGrant'))).toBe(true);
    } finally {
      delete process.env['OTEL_EXPORTER_OTLP_HEADERS'];
      await receiver.close();
    }
  });
});
