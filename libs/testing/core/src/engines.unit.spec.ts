import net from 'node:net';
import { EngineUnavailableError, requireEngine } from './engines';

describe('requireEngine', () => {
  it('names the engine and the fix when nothing listens on its port', async () => {
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as net.AddressInfo;
    await new Promise((resolve) => closed.close(resolve));

    const engine = { name: 'Kafka', host: '127.0.0.1', port, log: '.infra/kafka/kafka.log' };
    const attempt = requireEngine(engine);
    await expect(attempt).rejects.toBeInstanceOf(EngineUnavailableError);
    await expect(attempt).rejects.toThrow(/Kafka is not reachable .*npm run infra:up.*kafka\.log/);
  });

  it('resolves when the engine accepts connections', async () => {
    const server = net.createServer((socket) => socket.end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    const engine = { name: 'PostgreSQL', host: '127.0.0.1', port, log: 'x' };
    await expect(requireEngine(engine)).resolves.toBe(engine);
    await new Promise((resolve) => server.close(resolve));
  });
});
