import { Inject, Injectable } from '@nestjs/common';
import { applicantDecider, applicantStreamId, centerForProvince, ROUTING_STREAM_ID, RoutingEvent } from '@yunghap/centers-domain';
import { readStreamOf } from '@yunghap/event-store';
import { CommandMetadata, isDomainError, parseProvince } from '@yunghap/kernel';
import { CommandExecutor, ProblemException, SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { RegisterApplicantRequest } from './applicants.request.dto';

/**
 * Registers a person for a firm at the center the province routing sends the firm's province to
 * now. The routing is read from its stream, not its view: the center is part of what is recorded.
 */
@Injectable()
export class ApplicantRegistrationHandler {
  constructor(
    private readonly commands: CommandExecutor,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  async register(request: RegisterApplicantRequest, metadata: CommandMetadata): Promise<void> {
    const province = parseProvince(request.province);
    if (isDomainError(province)) throw ProblemException.validation([{ field: 'province', rule: 'isProvince', message: province.message }]);
    const routing = await readStreamOf<RoutingEvent>(this.runtime.store, ROUTING_STREAM_ID);
    const centerId = centerForProvince(routing, province, metadata.now);
    if (centerId === undefined) {
      throw new ProblemException(
        503,
        'ROUTING.NOT_READY',
        '지역 배정이 아직 준비되지 않아 담당 센터를 정할 수 없습니다. 잠시 후 다시 시도하십시오. (The province routing is not initialised yet, so no center can take the registration; retry shortly.)',
      );
    }
    const { userId, name, email, phone, registrationNumber, firmName } = request;
    await this.commands.execute(
      applicantStreamId(userId),
      {
        type: 'RegisterApplicant',
        data: { userId, name, email: email ?? null, phone: phone ?? null, registrationNumber, firmName, province, centerId },
        metadata,
      },
      applicantDecider,
    );
  }
}
