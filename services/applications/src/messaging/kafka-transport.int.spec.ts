import { Controller, INestApplication, Module } from '@nestjs/common';
import { ClientKafka, ClientsModule, EventPattern, MicroserviceOptions, Payload, Transport } from '@nestjs/microservices';
import { Test } from '@nestjs/testing';
import { Kafka } from 'kafkajs';
import { eventually, localEngines, requireEngine, uniqueName } from '@yunghap/testing';
import { ApplicationsModule } from '../applications.module';
import { loadServiceConfig } from '@yunghap/platform-nest';

const topic = uniqueName('yunghap.smoke');
const received: unknown[] = [];

@Controller()
class SmokeListener {
  @EventPattern(topic)
  onMessage(@Payload() payload: unknown): void {
    received.push(payload);
  }
}

describe('Kafka smoke (the applications service on @nestjs/microservices Kafka transport)', () => {
  const engine = localEngines().kafka;
  let app: INestApplication;
  let client: ClientKafka;

  beforeAll(async () => {
    await requireEngine(engine);
    const admin = new Kafka({ clientId: 'smoke-admin', brokers: engine.brokers }).admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
    await admin.disconnect();

    @Module({
      imports: [
        ClientsModule.register([{ name: 'SMOKE', transport: Transport.KAFKA, options: { client: { brokers: engine.brokers }, producerOnlyMode: true } }]),
      ],
      controllers: [SmokeListener],
    })
    class SmokeModule {}

    const moduleRef = await Test.createTestingModule({
      imports: [
        ApplicationsModule.register(loadServiceConfig('applications', { LOG_LEVEL: 'warn' }), { env: {}, runtime: { mode: 'single-process', dataDir: null } }),
        SmokeModule,
      ],
    }).compile();
    app = moduleRef.createNestApplication();
    app.connectMicroservice<MicroserviceOptions>({
      transport: Transport.KAFKA,
      options: {
        client: { clientId: 'applications-smoke', brokers: engine.brokers },
        consumer: { groupId: uniqueName('applications-smoke') },
        subscribe: { fromBeginning: true },
      },
    });
    await app.startAllMicroservices();
    await app.init();
    client = app.get<ClientKafka>('SMOKE');
    await client.connect();
  });

  afterAll(async () => {
    await client?.close();
    await app?.close();
  });

  it('produces a message and consumes it through a consumer group', async () => {
    client.emit(topic, { key: 'application-1', value: { type: 'SmokeTest', center: 'honam' } });

    const message = await eventually(() => received[0], 30_000, `a message on ${topic}`);

    expect(message).toEqual({ type: 'SmokeTest', center: 'honam' });
  });
});
