import { Inject, Injectable } from '@nestjs/common';
import { knownCallDecider, KnownCallState, knownCallStreamId } from '@yunghap/evaluation-domain';
import { foldStream } from '@yunghap/event-store';
import { ProblemException, SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';

/** The calls replica as the HTTP side asks it: the call's own short stream, folded on each question. */
@Injectable()
export class KnownCalls {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  async stateOf(callId: string): Promise<KnownCallState> {
    return foldStream(await this.runtime.store.readStream(knownCallStreamId(callId)), knownCallDecider);
  }

  /**
   * 422 naming `field` unless the applications service has published the opening (or the early
   * close) of `callId`. A call closed early passes: its applications are still evaluated.
   */
  async assertKnown(callId: string, field: string): Promise<void> {
    if ((await this.stateOf(callId)).status !== 'unknown') return;
    const message = `${field} must name a call the applications service has opened`;
    throw new ProblemException(
      422,
      'CALL.UNKNOWN',
      `공모 ${callId}을(를) 찾을 수 없습니다. (No call with id ${callId} is known.)`,
      [{ field, rule: 'knownCall', message }],
      {
        callId,
      },
    );
  }
}
