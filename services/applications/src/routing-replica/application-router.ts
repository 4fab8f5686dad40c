import { Inject, Injectable } from '@nestjs/common';
import { ApplicationFile, ProvinceRoutingRecorded, ROUTING_REPLICA_STREAM_ID } from '@yunghap/applications-domain';
import { readStreamOf } from '@yunghap/event-store';
import { Province } from '@yunghap/kernel';
import { ProblemException, SERVICE_RUNTIME, ServiceRuntime, systemMetadata } from '@yunghap/platform-nest';
import { ApplicationCommands } from '../applications/applications.handler';
import { MappingInForce, mappingInForce } from './mapping-in-force';
import { ROUTING_REPLICA } from './routing-replica.projection';

/** What routing needs of an application, from its read model or from its stream alike. */
export type RoutableApplication = Pick<ApplicationFile, 'applicationId' | 'status' | 'submittedAt'> & {
  readonly content: { readonly leadFirm: { readonly province: Province } };
};

/** A center for a province at an instant, and the mapping version that said so. */
export interface CenterAssignment {
  readonly centerId: string;
  readonly mappingVersion: number;
}

/** A submission whose province no mapping covers yet: the centers service's mapping may still arrive. */
export function routingUnknown(province: string, at: string): ProblemException {
  return new ProblemException(
    503,
    'ROUTING.MAPPING_UNKNOWN',
    `${province}의 센터 배정이 아직 이 서비스에 오지 않았습니다. 배정이 오면 다시 제출하십시오. (The province routing of the centers service has not reached this service for ${province} at ${at}; submit again once it has.)`,
  );
}

/**
 * Routes a submitted application to the center its lead firm's province belonged to when it was
 * submitted, by the replica of the centers context's mapping: a later reassignment never moves it.
 */
@Injectable()
export class ApplicationRouter {
  constructor(
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
    private readonly commands: ApplicationCommands,
  ) {}

  async mappingAt(at: string): Promise<MappingInForce | undefined> {
    const replica = await ROUTING_REPLICA.in(this.runtime.readModels).findOne({ _id: ROUTING_REPLICA_STREAM_ID });
    return replica ? mappingInForce(replica.changes, at) : undefined;
  }

  /**
   * For commands: the center from the changes as recorded in this service's event store, so that
   * routing goes on while the read-model store is away (commands never decide from read models).
   */
  async centerFor(province: Province, at: string): Promise<CenterAssignment | undefined> {
    const changes = (await readStreamOf<ProvinceRoutingRecorded>(this.runtime.store, ROUTING_REPLICA_STREAM_ID)).map((event) => event.data);
    const mapping = mappingInForce(changes, at);
    const centerId = mapping?.provinces[province];
    return mapping && centerId ? { centerId, mappingVersion: mapping.mappingVersion } : undefined;
  }

  /**
   * Routes the application when it awaits routing (status `submitted`). False when it does not,
   * or when no mapping covers its province at its submission time yet: it then waits for a later
   * attempt (see RoutePendingApplicationsTask).
   */
  async routeIfSubmitted(application: RoutableApplication, correlationId?: string): Promise<boolean> {
    if (application.status !== 'submitted' || application.submittedAt === undefined) return false;
    const center = await this.centerFor(application.content.leadFirm.province, application.submittedAt);
    if (!center) return false;
    await this.commands.execute({
      type: 'RouteApplication',
      data: { applicationId: application.applicationId, ...center },
      metadata: systemMetadata(correlationId),
    });
    return true;
  }
}
