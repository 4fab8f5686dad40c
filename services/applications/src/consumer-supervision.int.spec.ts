import { SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { TestService } from '@yunghap/service-harness';
import { eventually } from '@yunghap/testing';
import { startApplications } from './testing/applications.test-kit';

// A consumer its bus client gave up (kafkajs does after a long broker outage) is found stopped by
// the runtime and started again: no outage needs an operator to restart the service.
describe('the runtime keeps its consumers running', () => {
  let service: TestService;

  beforeAll(async () => {
    ({ service } = await startApplications({ routing: false }));
  });
  afterAll(() => service.close());

  it('starts a consumer found stopped again, within seconds', async () => {
    const runtime = service.app.get<ServiceRuntime>(SERVICE_RUNTIME);
    const [consumer] = runtime.consumerList();
    await consumer.stop();
    expect(consumer.status().state).toBe('stopped');

    await eventually(() => (consumer.status().state === 'joined' ? true : undefined), 10_000, 'the consumer joined again');
  });
});
