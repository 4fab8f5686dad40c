import type { IdempotentConsumer } from '@yunghap/messaging';
import type { ProjectionStatus } from '@yunghap/read-models';
import type { HealthCheck, HealthProbe } from '../health/health-report';
import { within } from '../metrics/within';
import type { ServiceRuntime } from './service-runtime';

/** Relay passes failing for longer than this make the service degraded: messages to others wait. */
const RELAY_FAILING_DEGRADES_AFTER_MS = 30_000;
/** A consumer's lag needs the bus; health leaves it out rather than wait on a broker that is away. */
const LAG_BOUND_MS = 500;
/** The event store answers a ping within this, or health calls it down. */
const PING_BOUND_MS = 1_000;

function projectionCheck(projection: ProjectionStatus, starting: boolean): HealthCheck {
  const figures = { state: projection.state, position: projection.position, lag: projection.lag };
  switch (projection.state) {
    case 'live':
      return { status: 'ok', ...figures };
    case 'catching-up':
      return {
        status: starting ? 'starting' : 'degraded',
        detail: `따라잡는 중 ${Math.floor(projection.progress * 100)}% (catching up: ${projection.position} of ${projection.target}); 조회는 503 (reads answer 503)`,
        ...figures,
        progress: projection.progress,
      };
    case 'retrying':
      return {
        status: 'degraded',
        detail: `조회 모델 저장소 재시도 ${projection.retry.attempt}회째 (retrying, attempt ${projection.retry.attempt}): ${projection.retry.lastError}; 조회는 503 (reads answer 503)`,
        ...figures,
        nextRetryAt: projection.retry.nextRetryAt,
      };
    case 'stopped':
      return { status: starting ? 'starting' : 'down', detail: '멈춤 (stopped)', ...figures };
  }
}

/**
 * The event store (reachable, how fast), start-up, each projection, each consumer and the
 * outbox relay: what on-call needs to tell which dependency is wrong, in one body.
 */
export function runtimeHealthProbe(runtime: ServiceRuntime): HealthProbe {
  return async () => {
    // Side by side, each bounded: a hung engine costs the probe its bound once, not once per check.
    const [eventStore, projections, consumers] = await Promise.all([
      eventStoreCheck(runtime),
      runtime.projectionStatus(),
      Promise.all(runtime.consumerList().map(consumerCheck(runtime))),
    ]);
    const checks: Record<string, HealthCheck> = { eventStore, auditLog: auditLogCheck(runtime) };
    const starting = runtime.phase === 'starting';
    const startup = runtime.startupStep;
    if (startup) {
      const waiting = startup.lastError ? ` — ${startup.lastError}` : '';
      checks['startup'] = { status: 'starting', detail: `시작 중: ${startup.step} (starting: ${startup.step})${waiting}`, attempts: startup.attempts };
    }
    for (const projection of projections) checks[`projection:${projection.projection}`] = projectionCheck(projection, starting);
    for (const [name, check] of consumers) checks[`consumer:${name}`] = check;
    const relay = runtime.relayStatus();
    if (relay) {
      const failingFor = relay.failingSince ? Date.now() - Date.parse(relay.failingSince) : 0;
      checks['outboxRelay'] = {
        status: failingFor > RELAY_FAILING_DEGRADES_AFTER_MS ? 'degraded' : 'ok',
        ...(relay.failingSince ? { detail: `${relay.failingSince}부터 전달 실패 (relaying fails since ${relay.failingSince}): ${relay.lastError}` } : {}),
        relayed: relay.relayed,
        oldestPendingAgeMs: relay.oldestPendingAgeMs,
      };
    }
    return checks;
  };
}

/** Degraded while the keeper refuses to sign or the last verification found the log and its witnesses apart. */
function auditLogCheck(runtime: ServiceRuntime): HealthCheck {
  const { keeper, lastVerification, peerWitness } = runtime.auditLog;
  const state = keeper.state;
  const [fork] = peerWitness.forks;
  const figures = {
    keeper: state.kind,
    treeSize: state.kind === 'keeping' ? state.treeSize : null,
    checkpointSize: state.kind === 'keeping' ? state.checkpointSize : null,
    verifiedAt: lastVerification?.checkedAt ?? null,
    forks: peerWitness.forks.length,
  };
  if (fork !== undefined) {
    return {
      status: 'degraded',
      detail: `다른 서비스의 감사 기록이 갈라졌습니다 (a peer's log forked): ${fork.origin} at ${fork.treeSize}: ${fork.reason}`,
      ...figures,
    };
  }
  if (state.kind === 'refusing') {
    return { status: 'degraded', detail: `감사 기록 서명 중단: 증인과 다릅니다 (the audit log keeper refuses to sign: ${state.reason})`, ...figures };
  }
  if (lastVerification && !lastVerification.ok) {
    const where = lastVerification.log.firstAffectedPosition ?? lastVerification.chain.firstBreak?.position ?? null;
    const problem = lastVerification.log.problem ?? lastVerification.chain.firstBreak?.reason ?? '';
    return {
      status: 'degraded',
      detail: `감사 기록이 증인과 일치하지 않습니다 (the audit log disagrees with its witnesses) at ${where}: ${problem}`,
      ...figures,
    };
  }
  return { status: 'ok', ...figures };
}

async function eventStoreCheck(runtime: ServiceRuntime): Promise<HealthCheck> {
  try {
    const { latencyMs } = await runtime.store.ping(PING_BOUND_MS);
    return { status: 'ok', latencyMs };
  } catch (error) {
    return { status: 'down', detail: `이벤트 저장소에 연결할 수 없음 (event store unreachable): ${(error as Error).message}` };
  }
}

function consumerCheck(runtime: ServiceRuntime) {
  return async (consumer: IdempotentConsumer): Promise<[string, HealthCheck]> => {
    const status = consumer.status();
    const lag = status.state === 'joined' ? await within(LAG_BOUND_MS, () => consumer.lag(), null) : null;
    const figures = { state: status.state, lag, handled: status.handled, parked: status.parked, redeliveries: status.redeliveries };
    const problems = [
      status.state !== 'joined' ? `그룹에 참여하지 않음 (not in its group: ${status.state})` : null,
      status.stuck ? `같은 메시지가 ${status.failingSince}부터 실패 중 (the same message has failed since ${status.failingSince}): ${status.lastError}` : null,
      status.parked > 0 ? `${status.parked}건을 DLQ에 보류 (${status.parked} parked on the dead-letter topic, last ${status.lastParkedAt})` : null,
    ].filter((problem) => problem !== null);
    const verdict = problems.length === 0 ? 'ok' : runtime.phase === 'starting' && status.state === 'starting' ? 'starting' : 'degraded';
    return [status.name, { status: verdict, ...(problems.length ? { detail: problems.join('; ') } : {}), ...figures }];
  };
}
