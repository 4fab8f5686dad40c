import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { from, Observable, switchMap } from 'rxjs';
import { PUBLIC_KEY } from '../auth/roles.decorator';
import { ProblemException } from '../problem-details/problem.exception';
import { MIN_POSITION_HEADER } from './command-pending';
import { ReadModelUnavailable } from './read-model-unavailable';
import { SERVICE_RUNTIME } from './runtime.di-tokens';
import type { ServiceRuntime } from './service-runtime';

/** How long a read asking for a position waits for it before answering 503. */
const MIN_POSITION_WAIT_MS = 2_000;
const RETRY_AFTER_SECONDS = 2;

/**
 * Reads answer only from read models that are whole: while the service starts, a projection
 * catches up or retries after its store failed, a GET is 503 with Retry-After rather than a
 * stale or half-built answer. A client that holds a 202's position sends it as
 * `Yunghap-Min-Position` and is answered once the read models include it.
 */
@Injectable()
export class ReadGateInterceptor implements NestInterceptor {
  constructor(
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    if (request.method !== 'GET' || this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [context.getHandler(), context.getClass()])) return next.handle();
    return from(this.admit(request)).pipe(switchMap(() => next.handle()));
  }

  private async admit(request: Request): Promise<void> {
    const unavailable = this.runtime.readModelsUnavailable();
    if (unavailable !== null) throw new ReadModelUnavailable(unavailable, RETRY_AFTER_SECONDS);
    const position = minPositionOf(request.headers[MIN_POSITION_HEADER]);
    if (position === null) return;
    const notYet = new ReadModelUnavailable(
      `조회 모델이 아직 위치 ${position}까지 반영하지 않았습니다. 잠시 후 다시 읽으십시오. (The read models do not include position ${position} yet; read again shortly.)`,
      RETRY_AFTER_SECONDS,
    );
    // A position this service has not recorded (another service's, or none) is not waited for.
    if (position > (await this.runtime.store.headPosition())) throw notYet;
    try {
      await this.runtime.caughtUp(position, MIN_POSITION_WAIT_MS);
    } catch {
      throw notYet;
    }
  }
}

function minPositionOf(header: string | string[] | undefined): number | null {
  if (header === undefined) return null;
  const value = Array.isArray(header) ? header[0] : header;
  if (!/^[0-9]{1,15}$/.test(value)) {
    throw new ProblemException(
      400,
      'REQUEST.INVALID',
      `${MIN_POSITION_HEADER} 헤더는 0 이상의 정수여야 합니다. (The ${MIN_POSITION_HEADER} header must be a non-negative integer.)`,
      [{ field: MIN_POSITION_HEADER, rule: 'isInt', message: '0 이상의 정수 (a non-negative integer)' }],
    );
  }
  return Number(value);
}
