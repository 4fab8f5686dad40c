import { Inject, Injectable } from '@nestjs/common';
import { KNOWN_CENTERS_STREAM_ID, knownCentersDecider } from '@yunghap/evaluation-domain';
import { foldStream } from '@yunghap/event-store';
import { ProblemException, SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';

/** The centers replica as the HTTP side asks it: a handful of events, folded on each question. */
@Injectable()
export class KnownCenters {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  async all(): Promise<readonly string[]> {
    return foldStream(await this.runtime.store.readStream(KNOWN_CENTERS_STREAM_ID), knownCentersDecider).centerIds;
  }

  /** 422 naming `field` unless the centers service has published `centerId`. */
  async assertKnown(centerId: string, field: string): Promise<void> {
    if ((await this.all()).includes(centerId)) return;
    const message = `${field} must name a center of the program`;
    throw new ProblemException(
      422,
      'CENTER.UNKNOWN',
      `센터 ${centerId}을(를) 찾을 수 없습니다. (No center with id ${centerId} is known.)`,
      [{ field, rule: 'knownCenter', message }],
      {
        centerId,
      },
    );
  }
}
