import net from 'node:net';
import { FaultProxy } from './fault-proxy';

/** An echo server stands in for the engine: what goes through the proxy comes back. */
async function echoServer(): Promise<net.Server> {
  const server = net.createServer((socket) => socket.pipe(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return server;
}

function connect(port: number): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port }, () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Resolves with the first data, or with null when the socket closes or `ms` passes first. */
function reply(socket: net.Socket, ms = 300): Promise<string | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), ms);
    socket.once('data', (data) => {
      clearTimeout(timer);
      resolve(data.toString());
    });
    socket.once('close', () => {
      clearTimeout(timer);
      resolve(null);
    });
  });
}

describe('FaultProxy', () => {
  let echo: net.Server;
  let proxy: FaultProxy;
  const sockets: net.Socket[] = [];

  beforeEach(async () => {
    echo = await echoServer();
    proxy = await FaultProxy.start({ host: '127.0.0.1', port: (echo.address() as net.AddressInfo).port });
  });

  afterEach(async () => {
    sockets.splice(0).forEach((socket) => socket.destroy());
    await proxy.close();
    await new Promise((resolve) => echo.close(resolve));
  });

  const open = async () => {
    const socket = await connect(proxy.port);
    sockets.push(socket);
    return socket;
  };

  it('relays both ways while open', async () => {
    const socket = await open();
    const answer = reply(socket);
    socket.write('안녕');
    expect(await answer).toBe('안녕');
  });

  it('cut drops open connections and lets new ones through', async () => {
    const socket = await open();
    const closed = new Promise((resolve) => socket.once('close', resolve));
    await reply(socket, 50);
    proxy.cut();
    await closed;
    const next = await open();
    const answer = reply(next);
    next.write('again');
    expect(await answer).toBe('again');
  });

  it('refuse closes new connections until restore', async () => {
    proxy.refuse();
    const refused = await open();
    expect(await reply(refused)).toBeNull();
    expect(refused.destroyed || refused.readableEnded).toBe(true);
    proxy.restore();
    const next = await open();
    const answer = reply(next);
    next.write('back');
    expect(await answer).toBe('back');
  });

  it('freeze holds bytes on open connections and releases them on restore', async () => {
    const socket = await open();
    proxy.freeze();
    const held = reply(socket, 200);
    socket.write('held');
    expect(await held).toBeNull();
    const released = reply(socket, 1_000);
    proxy.restore();
    expect(await released).toBe('held');
  });

  it('holds connections opened while frozen', async () => {
    proxy.freeze();
    const socket = await open();
    const held = reply(socket, 200);
    socket.write('late');
    expect(await held).toBeNull();
    const released = reply(socket, 1_000);
    proxy.restore();
    expect(await released).toBe('late');
  });
});
