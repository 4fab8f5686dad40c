import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import type { StoredResponse } from '@yunghap/event-store';
import type { Response } from 'express';
import { from, lastValueFrom, Observable } from 'rxjs';
import { AuthenticatedRequest } from '../auth/current-user.decorator';
import { problemOf } from '../problem-details/problem-details.filter';
import { ProblemException } from '../problem-details/problem.exception';
import { LocalizedProblem, ProblemLocalizer } from '../problem-details/problem-localizer';
import { languageHeaders } from '../problem-details/send-problem';
import { correlationIdOf } from '../runtime/command-metadata';
import { CommandPending, pendingAnswer } from '../runtime/command-pending';
import { SERVICE_RUNTIME } from '../runtime/runtime.di-tokens';
import type { ServiceRuntime } from '../runtime/service-runtime';
import { IDEMPOTENCY_HEADER, IDEMPOTENCY_LEASE_MS, IDEMPOTENCY_RETENTION_MS, parseIdempotencyKey, requestFingerprint } from './idempotency-key';
import { ReplayedResponse } from './replayed-response';

/** Headers of the first answer a replay must repeat. */
const KEPT_HEADERS = ['location', 'etag', 'content-location'];
/** How long a repeat waits for the first request, still running, to answer. */
const WAIT_FOR_FIRST_MS = 15_000;
const POLL_MS = 50;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `Idempotency-Key` on POST and PUT (IETF httpapi draft): the first answer is kept with the events in the
 * service's event store database; a repeat within 24 h gets it unchanged (`Idempotent-Replayed:
 * true`), the same key with another body is 422, and a repeat that arrives while the first still
 * runs waits for its answer. A request that changed nothing and failed gives its key back.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
    private readonly localizer: ProblemLocalizer,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if ((request.method !== 'POST' && request.method !== 'PUT') || context.getType() !== 'http') return next.handle();
    const key = parseIdempotencyKey(request.headers[IDEMPOTENCY_HEADER]);
    if (key === null || !request.user) return next.handle();
    return from(this.run(context, next, request, key));
  }

  private async run(context: ExecutionContext, next: CallHandler, request: AuthenticatedRequest, key: string): Promise<unknown> {
    const log = this.runtime.store.idempotency;
    const scope = `${request.user?.userId}`;
    const correlationId = correlationIdOf(request);
    const claim = {
      scope,
      key,
      fingerprint: requestFingerprint(request.method, request.originalUrl, request.body),
      correlationId,
      retentionMs: IDEMPOTENCY_RETENTION_MS,
      leaseMs: IDEMPOTENCY_LEASE_MS,
    };
    const deadline = Date.now() + WAIT_FOR_FIRST_MS;
    for (;;) {
      const outcome = await log.claim({ ...claim, now: new Date() });
      if (outcome.kind === 'claimed') break;
      if (outcome.kind === 'replay') throw new ReplayedResponse(outcome.response);
      if (outcome.kind === 'fingerprint-mismatch') {
        throw new ProblemException(
          422,
          'IDEMPOTENCY.KEY_REUSED',
          '이 Idempotency-Key는 다른 요청에 이미 쓰였습니다. 새 키를 쓰십시오. (This Idempotency-Key was already used for a different request; use a new key.)',
        );
      }
      if (outcome.kind === 'outcome-unknown') {
        throw new ProblemException(
          409,
          'IDEMPOTENCY.OUTCOME_UNKNOWN',
          '이 키의 첫 요청은 기록되었으나 응답이 유실되었습니다. 자료를 다시 읽어 확인하십시오. (The first request with this key was recorded but its answer was lost; read the resource to see its effect.)',
          undefined,
          { positions: outcome.positions },
        );
      }
      if (Date.now() >= deadline) {
        throw new ProblemException(
          409,
          'IDEMPOTENCY.IN_PROGRESS',
          '같은 키의 첫 요청이 아직 처리 중입니다. 잠시 후 다시 보내십시오. (The first request with this key is still running; retry shortly.)',
        );
      }
      await sleep(POLL_MS);
    }

    request.correlationId = correlationId;
    const response = context.switchToHttp().getResponse<Response>();
    try {
      const body = await lastValueFrom(next.handle(), { defaultValue: undefined });
      const status = Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) ?? (request.method === 'POST' ? 201 : 200);
      await log.complete(scope, key, { status, headers: keptHeaders(response), body: toJson(body) }, new Date());
      return body;
    } catch (error) {
      // Recorded, only not yet readable: a repeat must hear the same 202, never run it again.
      if (error instanceof CommandPending) {
        await log.complete(scope, key, pendingAnswer(error, response), new Date());
        throw error;
      }
      await this.settleFailure(scope, key, correlationId, this.localizer.answer(problemOf(error, request), request));
      throw error;
    }
  }

  /** A refusal is the answer (repeats get it too, in the language it was given in); a failure that recorded nothing frees the key. */
  private async settleFailure(scope: string, key: string, correlationId: string, answer: LocalizedProblem): Promise<void> {
    const log = this.runtime.store.idempotency;
    const { problem } = answer;
    const retryable = problem.status >= 500 || problem.code === 'CONCURRENCY.CONFLICT';
    if (retryable && (await log.positionsOf(correlationId)).length === 0) {
      await log.release(scope, key);
      return;
    }
    const stored: StoredResponse = { status: problem.status, headers: languageHeaders(answer), body: toJson(problem) };
    await log.complete(scope, key, stored, new Date());
  }
}

function keptHeaders(response: Response): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name of KEPT_HEADERS) {
    const value = response.getHeader(name);
    if (value !== undefined) kept[name] = String(value);
  }
  return kept;
}

/** The text Nest's JSON reply would send for the handler's value. */
function toJson(body: unknown): string {
  return body === undefined ? '' : JSON.stringify(body);
}
