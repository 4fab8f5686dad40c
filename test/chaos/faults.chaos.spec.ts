import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { TOPICS } from '@yunghap/contracts';
import { bearer } from '@yunghap/service-harness';
import { localEngines } from '@yunghap/testing';
import { tokens } from '../e2e/support/scenario-kit';
import { DistributedPlatform } from '../support/distributed-platform';
import { freezePostgres, startEngine, stopEngine, thawPostgres } from './support/engine-faults';
import { eventCounts, verifyAllChains } from './support/invariants';
import { applicantOf, ApplicationOutcome, applicationBurst, openCall } from './support/workload';

// The distributed mode (five processes over PostgreSQL, Kafka and FerretDB on loopback) under the
// faults operators meet. Each scenario keeps working through its fault, and afterwards the same
// ledger holds: every acknowledged command recorded once, every message handled once, every hash
// chain intact, and every service healthy again without anyone restarting it (a killed process is
// restarted, as a supervisor would; the other services are left alone).

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Bounds the suite states and asserts: how soon each fault is behind us. */
const RECOVERY = {
  /** A restarted service answers HTTP (health included) within this. */
  serving: 5_000,
  /** …and is healthy, its consumers back in their groups, within this. */
  healthy: 30_000,
  /** After an engine is back, every service reports ok within this. */
  engineBack: 60_000,
  /** Messages held back by an outage reach their consumers within this. */
  messages: 90_000,
};

describe('the distributed platform under faults', () => {
  let platform: DistributedPlatform;
  let callId: string;
  const submitted: string[] = [];
  const screened: string[] = [];

  beforeAll(async () => {
    platform = await DistributedPlatform.start(`chaos${Date.now().toString(36)}`);
    callId = await openCall(platform.url('applications'));
  });
  afterAll(() => platform?.stop());

  const remember = (outcome: ApplicationOutcome) => {
    submitted.push(...outcome.submitted);
    screened.push(...outcome.screened);
    return outcome;
  };

  async function allHealthy(timeoutMs: number): Promise<void> {
    for (const service of Object.keys(platform.urls) as (keyof typeof platform.urls)[]) await platform.waitHealthy(service, timeoutMs);
  }

  /** Every screened application has its one evaluation request in the evaluation service. */
  async function requestsArrived(timeoutMs: number): Promise<void> {
    const streams = screened.map((id) => `evaluation-request-${id}`);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const counts = await eventCounts(platform.namespace, 'evaluation', streams);
      const missing = streams.filter((stream) => (counts.get(stream)?.['EvaluationRequested'] ?? 0) === 0);
      if (missing.length === 0) {
        for (const [stream, types] of counts) expect({ stream, requested: types['EvaluationRequested'] }).toEqual({ stream, requested: 1 });
        return;
      }
      if (Date.now() > deadline) throw new Error(`${missing.length} evaluation requests never arrived, e.g. ${missing[0]}`);
      await sleep(500);
    }
  }

  it('kill -9 of a service mid-burst: it serves again within 5 s, and nothing acknowledged is lost or doubled', async () => {
    const burst = applicationBurst(platform.url('applications'), callId, 40, 10, true);
    await sleep(1_500);
    await platform.kill('applications');
    await sleep(500);
    const recovery = await platform.restart('applications');
    const outcome = remember(await burst);

    expect(recovery.serving).toBeLessThan(RECOVERY.serving);
    expect(recovery.healthy).toBeLessThan(RECOVERY.healthy);
    expect(outcome.failures).toEqual([]);
    expect(outcome.submitted.length + outcome.unknownDrafts).toBe(40);
    await requestsArrived(RECOVERY.messages);
  });

  it('Kafka stopped for 30 s: commands go on, and what they publish arrives once it is back', async () => {
    stopEngine('kafka');
    const stoppedAt = Date.now();
    try {
      const outcome = remember(await applicationBurst(platform.url('applications'), callId, 10, 5, true));
      expect(outcome.failures).toEqual([]);
      await sleep(Math.max(0, 30_000 - (Date.now() - stoppedAt)));
    } finally {
      startEngine('kafka');
    }
    await requestsArrived(RECOVERY.messages);
    await allHealthy(RECOVERY.engineBack);
  });

  it('FerretDB stopped for 20 s: commands are recorded, reads say 503 with Retry-After, projections come back by themselves', async () => {
    stopEngine('ferretdb');
    const stoppedAt = Date.now();
    try {
      const read = await fetch(`${platform.url('applications')}/api/applications/calls/${callId}`, { headers: { Authorization: tokens.pm } });
      expect(read.status).toBe(503);
      expect(read.headers.get('retry-after')).toMatch(/^\d+$/);
      const outcome = remember(await applicationBurst(platform.url('applications'), callId, 5, 5, false));
      expect(outcome.failures).toEqual([]);
      await sleep(Math.max(0, 20_000 - (Date.now() - stoppedAt)));
    } finally {
      startEngine('ferretdb');
    }
    await allHealthy(RECOVERY.engineBack);
    const read = await fetch(`${platform.url('applications')}/api/applications/applications/${submitted[submitted.length - 1]}`, {
      headers: { Authorization: tokens.pm },
    });
    expect(read.status).toBe(200);
  });

  it('PostgreSQL restarted: no service dies, commands are refused with 503 meanwhile and accepted after', async () => {
    stopEngine('postgres');
    try {
      const refused = await fetch(`${platform.url('applications')}/api/applications/applications/${submitted[0]}/withdraw`, {
        method: 'POST',
        headers: { Authorization: applicantOf(submitted[0]), 'Content-Type': 'application/json' },
        body: JSON.stringify({ reason: '시험' }),
      });
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
      const health = await platform.health('grants');
      expect(health?.status).toBe(503);
      expect(health?.body.checks['eventStore']).toMatchObject({ status: 'down' });
    } finally {
      startEngine('postgres');
    }
    await allHealthy(RECOVERY.engineBack);
    remember(await applicationBurst(platform.url('applications'), callId, 5, 5, true));
    await requestsArrived(RECOVERY.messages);
  });

  it('PostgreSQL frozen for 15 s: commands and /health answer within their timeouts instead of hanging', async () => {
    const frozen = freezePostgres();
    const frozenAt = Date.now();
    try {
      const started = Date.now();
      const answer = await fetch(`${platform.url('applications')}/api/applications/applications/${submitted[1]}/withdraw`, {
        method: 'POST',
        headers: { Authorization: applicantOf(submitted[1]), 'Content-Type': 'application/json' },
        body: JSON.stringify({ reason: '시험' }),
        signal: AbortSignal.timeout(30_000),
      });
      expect(answer.status).toBe(503);
      expect(Date.now() - started).toBeLessThan(15_000);
      const health = await platform.health('centers');
      expect(health?.status).toBe(503);
      await sleep(Math.max(0, 15_000 - (Date.now() - frozenAt)));
    } finally {
      thawPostgres(frozen);
    }
    await allHealthy(RECOVERY.engineBack);
  });

  it('five kinds of poison message are parked on the dead-letter topic and the topic keeps flowing', async () => {
    const topic = `${platform.namespace}.${TOPICS.applications}`;
    const kafka = new Kafka({ clientId: 'chaos-poison', brokers: localEngines().kafka.brokers, logLevel: logLevel.NOTHING });
    const producer = kafka.producer();
    await producer.connect();
    const envelope = (overrides: Record<string, string> = {}) => ({
      'message-id': randomUUID(),
      'message-type': 'applications.ApplicationScreened',
      'schema-version': '1',
      'occurred-at': new Date().toISOString(),
      'correlation-id': randomUUID(),
      ...overrides,
    });
    await producer.send({
      topic,
      messages: [
        { key: 'poison-1', value: '{not json', headers: envelope() },
        { key: 'poison-2', value: JSON.stringify({ hello: 'world' }) },
        { key: 'poison-3', value: JSON.stringify({ applicationId: 'x' }), headers: envelope({ 'message-id': `bad\u0000id` }) },
        { key: 'poison-4', value: JSON.stringify({ applicationId: 'x', eligible: true }), headers: envelope({ 'schema-version': '99' }) },
        { key: 'poison-5', value: JSON.stringify({ applicationId: 42 }), headers: envelope() },
      ],
    });
    await producer.disconnect();

    remember(await applicationBurst(platform.url('applications'), callId, 3, 3, true));
    await requestsArrived(RECOVERY.messages);
    const health = await platform.health('evaluation');
    expect(health?.body.status).toBe('degraded');
    const consumer = health?.body.checks['consumer:evaluation.on-application-events'] as { status: string; parked?: number } | undefined;
    expect(consumer).toMatchObject({ status: 'degraded' });
    expect(consumer?.parked).toBeGreaterThanOrEqual(5);
  });

  it('afterwards: every acknowledged command once, every chain intact, the budget balanced', async () => {
    const streams = submitted.map((id) => `application-${id}`);
    const counts = await eventCounts(platform.namespace, 'applications', streams);
    for (const id of submitted) {
      const types = counts.get(`application-${id}`) ?? {};
      expect({ id, drafted: types['ApplicationDrafted'], submitted: types['ApplicationSubmitted'], screened: types['ApplicationScreened'] ?? 0 }).toEqual({
        id,
        drafted: 1,
        submitted: 1,
        screened: screened.includes(id) ? 1 : 0,
      });
    }
    await requestsArrived(RECOVERY.messages);
    const chains = await verifyAllChains(platform.namespace);
    for (const [service, report] of Object.entries(chains)) expect({ service, ok: report.ok }).toEqual({ service, ok: true });
    const budget = await fetch(`${platform.url('grants')}/api/grants/budget/check`, {
      headers: { Authorization: bearer({ role: 'auditor', sub: 'chaos-auditor' }) },
    });
    expect(budget.status).toBe(200);
    expect(await budget.json()).toMatchObject({ ok: true });
  });
});
