import net from 'node:net';

/**
 * A TCP relay on loopback between a client and a real engine, for fault injection without
 * touching the engine other tests share: `cut()` is a server restart as the client sees it
 * (every open connection dropped), `refuse()` an engine that is down, `freeze()` an engine that
 * hangs (connections stay open, no byte passes either way).
 * Example:
 *   const proxy = await FaultProxy.start({ host: '127.0.0.1', port: 55432 });
 *   const store = await openPostgresEventStore({ connectionString: `postgres://yunghap@127.0.0.1:${proxy.port}/yunghap` });
 *   proxy.freeze(); … proxy.restore();
 */
export class FaultProxy {
  private readonly pairs = new Set<{ readonly client: net.Socket; readonly upstream: net.Socket }>();
  private mode: 'open' | 'refusing' | 'frozen' = 'open';

  private constructor(
    private readonly server: net.Server,
    private readonly target: { readonly host: string; readonly port: number },
    readonly port: number,
  ) {
    server.on('connection', (client) => this.accept(client));
  }

  static async start(target: { readonly host: string; readonly port: number }): Promise<FaultProxy> {
    const server = net.createServer({ pauseOnConnect: true });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    return new FaultProxy(server, target, (server.address() as net.AddressInfo).port);
  }

  /** Connections now open through the proxy. */
  get connections(): number {
    return this.pairs.size;
  }

  /** Drops every open connection; new ones still go through. */
  cut(): void {
    for (const { client, upstream } of this.pairs) {
      client.destroy();
      upstream.destroy();
    }
    this.pairs.clear();
  }

  /** Drops every open connection and closes each new one at once, until `restore()`. */
  refuse(): void {
    this.mode = 'refusing';
    this.cut();
  }

  /** Holds every byte in both directions, on open and new connections, until `restore()`. */
  freeze(): void {
    this.mode = 'frozen';
    for (const { client, upstream } of this.pairs) {
      client.pause();
      upstream.pause();
    }
  }

  /** Back to relaying; frozen connections resume where they stopped. */
  restore(): void {
    this.mode = 'open';
    for (const { client, upstream } of this.pairs) {
      client.resume();
      upstream.resume();
    }
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: net.Socket): void {
    if (this.mode === 'refusing') {
      client.destroy();
      return;
    }
    const upstream = net.connect({ host: this.target.host, port: this.target.port });
    const pair = { client, upstream };
    this.pairs.add(pair);
    const drop = () => {
      this.pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    // pipe() starts both sides flowing; a connection opened while frozen is held straight after.
    client.pipe(upstream);
    upstream.pipe(client);
    if (this.mode === 'frozen') {
      client.pause();
      upstream.pause();
    }
  }
}
