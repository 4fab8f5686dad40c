import { engagementStreamId, mentorStreamId } from '@yunghap/mentoring-domain';
import { startTestService, TestService } from '@yunghap/service-harness';
import request from 'supertest';
import { MentoringModule } from './mentoring.module';
import {
  auditor,
  committee,
  consortiumBody,
  eventTypes,
  finance,
  mentorBody,
  pm,
  proposeEngagement,
  registerMentor,
  staffOf,
  today,
} from './testing/mentoring-test-kit';

const TOKENS = { 'program-manager': pm, 'center-staff': staffOf('honam'), 'committee-member': committee, finance, auditor } as const;
type Role = keyof typeof TOKENS;
const ROLES = Object.keys(TOKENS) as Role[];

interface Endpoint {
  readonly method: 'get' | 'post' | 'put';
  readonly path: string;
  readonly body?: object;
  /** The roles the policy lets in, stated here rather than read from the code it checks. */
  readonly allowed: readonly Role[];
}

describe('who may call what in mentoring: every other role is refused (403) and changes nothing', () => {
  let service: TestService;
  let mentorId: string;
  let engagementId: string;
  const recorded: Record<string, number> = {};
  const streams = () => [mentorStreamId(mentorId), engagementStreamId(engagementId)];

  beforeAll(async () => {
    service = await startTestService('mentoring', MentoringModule.register);
    mentorId = await registerMentor(service);
    engagementId = await proposeEngagement(service, TOKENS['center-staff']);
    for (const stream of streams()) recorded[stream] = (await eventTypes(service, stream)).length;
  });
  afterAll(() => service.close());

  const engagementSteps = (): Endpoint[] =>
    [
      ['mentor', { mentorId }],
      ['allocation', undefined],
      ['sessions', { date: today(), minutes: 60, topic: 'roadmap', outcome: 'plan' }],
      ['complete', { report: 'done' }],
      ['cancel', { reason: 'dissolved' }],
    ].map(([step, body]) => ({
      method: 'post',
      path: `/api/mentoring/engagements/${engagementId}/${step}`,
      body: body as object | undefined,
      allowed: ['center-staff'],
    }));

  const endpoints = (): Endpoint[] => [
    { method: 'get', path: '/api/mentoring/mentors', allowed: ROLES },
    { method: 'get', path: `/api/mentoring/mentors/${mentorId}`, allowed: ROLES },
    { method: 'post', path: '/api/mentoring/mentors', body: mentorBody(), allowed: ['program-manager', 'center-staff'] },
    {
      method: 'put',
      path: `/api/mentoring/mentors/${mentorId}/expertise`,
      body: { fields: ['x'], industries: [] },
      allowed: ['program-manager', 'center-staff'],
    },
    {
      method: 'post',
      path: `/api/mentoring/mentors/${mentorId}/relationships`,
      body: { firm: '2208100001', kind: 'family' },
      allowed: ['program-manager', 'center-staff'],
    },
    { method: 'post', path: `/api/mentoring/mentors/${mentorId}/retire`, body: { reason: 'gone' }, allowed: ['program-manager', 'center-staff'] },
    { method: 'get', path: '/api/mentoring/engagements', allowed: ['program-manager', 'center-staff', 'finance', 'auditor'] },
    { method: 'get', path: `/api/mentoring/engagements/${engagementId}`, allowed: ['program-manager', 'center-staff', 'finance', 'auditor'] },
    { method: 'post', path: '/api/mentoring/engagements', body: { consortium: consortiumBody() }, allowed: ['center-staff'] },
    ...engagementSteps(),
  ];

  it('refuses each endpoint to every role outside its policy', async () => {
    const answers: string[] = [];
    for (const { method, path, body, allowed } of endpoints()) {
      for (const role of ROLES.filter((candidate) => !allowed.includes(candidate))) {
        const pending = request(service.http)[method](path).set('Authorization', TOKENS[role]);
        const res = await (body === undefined ? pending : pending.send(body));
        answers.push(`${method.toUpperCase()} ${path} as ${role}: ${res.status} ${res.body.code}`);
      }
    }
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.filter((answer) => !answer.endsWith(': 403 ACCESS.FORBIDDEN'))).toEqual([]);
  });

  it('refuses every endpoint without a token (401), including those open to every role', async () => {
    for (const { method, path, body } of endpoints()) {
      const pending = request(service.http)[method](path);
      await (body === undefined ? pending : pending.send(body)).expect(401);
    }
  });

  it('recorded nothing for any refused request', async () => {
    for (const stream of streams()) expect((await eventTypes(service, stream)).length).toBe(recorded[stream]);
    expect((await request(service.http).get('/api/mentoring/mentors').set('Authorization', pm).expect(200)).body.items).toHaveLength(1);
  });
});
