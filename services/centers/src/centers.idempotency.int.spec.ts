import { applicantStreamId, centerStreamId, centerId } from '@yunghap/centers-domain';
import { SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { bearer, startTestService, TestService } from '@yunghap/service-harness';
import request from 'supertest';
import { CentersModule } from './centers.module';

const pm = bearer({ role: 'program-manager', sub: 'pm-idem' });
const gateway = bearer({ role: 'gateway', sub: 'gateway' });

interface Case {
  /** The POST under test. */
  readonly path: string;
  /** Who sends it (a program manager unless named). */
  readonly token?: string;
  readonly body: (n: number) => object;
  readonly status: number;
  /** How many times the effect is visible on the read side and in the events. */
  readonly effects: (service: TestService, n: number) => Promise<{ readonly read: number; readonly events: number }>;
}

// Every POST of the service that creates something: staff assignments and applicant registrations
// (centers and the routing are seeded, and changed with PUT).
const CASES: Readonly<Record<string, Case>> = {
  'POST /api/centers/centers/:centerId/staff': {
    path: '/api/centers/centers/gyeongnam/staff',
    body: (n) => ({ userId: `idem-${n}`, name: '박서연', role: 'staff' }),
    status: 201,
    effects: async (service, n) => {
      const center = await request(service.http).get('/api/centers/centers/gyeongnam').set('Authorization', pm).expect(200);
      const events = await service.app.get<ServiceRuntime>(SERVICE_RUNTIME).store.readStream(centerStreamId(centerId('gyeongnam')));
      return {
        read: center.body.staff.filter((member: { userId: string }) => member.userId === `idem-${n}`).length,
        events: events.filter((event) => event.type === 'StaffAssigned' && (event.data as { userId: string }).userId === `idem-${n}`).length,
      };
    },
  },
  'POST /api/centers/applicants': {
    path: '/api/centers/applicants',
    token: gateway,
    body: (n) => ({ userId: `idem-applicant-${n}`, name: '박서연', registrationNumber: '314-81-23478', firmName: '한빛정밀', province: '대전' }),
    status: 201,
    effects: async (service, n) => {
      const view = await request(service.http).get(`/api/centers/applicants/idem-applicant-${n}`).set('Authorization', pm);
      const events = await service.app.get<ServiceRuntime>(SERVICE_RUNTIME).store.readStream(applicantStreamId(`idem-applicant-${n}`));
      return { read: view.status === 200 ? 1 : 0, events: events.filter((event) => event.type === 'ApplicantRegistered').length };
    },
  },
};

describe.each(Object.entries(CASES))('Idempotency-Key on %s', (_name, { path, token = pm, body, status, effects }) => {
  let service: TestService;
  let n = 0;
  const post = (key: string, payload: object) => request(service.http).post(path).set('Authorization', token).set('Idempotency-Key', key).send(payload);

  beforeAll(async () => {
    service = await startTestService('centers', CentersModule.register);
  });
  afterAll(() => service.close());
  beforeEach(() => void (n += 1));

  it('replays the first answer to a repeat, which changes nothing', async () => {
    const first = await post(`repeat-${n}`, body(n)).expect(status);
    const second = await post(`repeat-${n}`, body(n)).expect(status);

    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.body).toEqual(first.body);
    expect(await effects(service, n)).toEqual({ read: 1, events: 1 });
  });

  it('answers two simultaneous requests with one key alike, and acts once', async () => {
    const [a, b] = await Promise.all([post(`race-${n}`, body(n)), post(`race-${n}`, body(n))]);

    expect([a.status, b.status]).toEqual([status, status]);
    expect(b.body).toEqual(a.body);
    expect([a.headers['idempotent-replayed'], b.headers['idempotent-replayed']].filter((replayed) => replayed === 'true')).toHaveLength(1);
    expect(await effects(service, n)).toEqual({ read: 1, events: 1 });
  });

  it('refuses the key with another body (422 IDEMPOTENCY.KEY_REUSED), which changes nothing', async () => {
    await post(`reuse-${n}`, body(n)).expect(status);
    const reused = await post(`reuse-${n}`, body(n + 1000)).expect(422);

    expect(reused.body.code).toBe('IDEMPOTENCY.KEY_REUSED');
    expect(await effects(service, n)).toEqual({ read: 1, events: 1 });
    expect(await effects(service, n + 1000)).toEqual({ read: 0, events: 0 });
  });
});
