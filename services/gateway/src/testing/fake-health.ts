import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A service as the live feed sees it: a `/health` body whose projection position and outbox a
 * test moves, shaped like the platform's (`runtimeHealthProbe`). Every other path is 404.
 */
export class FakeHealth {
  position = 1;
  /** The relay's oldest pending message age, null when the outbox is empty. */
  oldestPendingAgeMs: number | null = null;
  /** How many times /health was asked. */
  reads = 0;
  private server?: http.Server;

  async start(): Promise<string> {
    this.server = http.createServer((request, response) => {
      if (request.url !== '/health') return void response.writeHead(404).end();
      this.reads++;
      const checks = {
        eventStore: { status: 'ok', latencyMs: 1 },
        'projection:grant-view': { status: 'ok', state: 'live', position: this.position, lag: 0 },
        'consumer:grants.on-calls': { status: 'ok', state: 'joined', lag: 0, handled: 0, parked: 0, redeliveries: 0 },
        outboxRelay: { status: 'ok', relayed: 0, oldestPendingAgeMs: this.oldestPendingAgeMs },
      };
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok', service: 'grants', checks }));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}
