import { Inject, Injectable } from '@nestjs/common';
import { PROGRAM_POLICY_REPLICA_STREAM_ID, ProgramPolicyReplica, programPolicyReplicaDecider, ProjectCap, projectCapOf } from '@yunghap/applications-domain';
import { foldStream } from '@yunghap/event-store';
import { Won } from '@yunghap/kernel';
import { ProblemException, SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';

/**
 * The grants context's cap per project in force for a program year (see `projectCapOf`), from this
 * service's replica: its own event store, so calls and screening go on while grants or the read
 * models are away. Until grants has said anything for that year or before, nothing that depends
 * on it is decided.
 */
@Injectable()
export class ProgramLimitReader {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  private async replica(): Promise<ProgramPolicyReplica> {
    return foldStream(await this.runtime.store.readStream(PROGRAM_POLICY_REPLICA_STREAM_ID), programPolicyReplicaDecider);
  }

  async caps(): Promise<ProjectCap[]> {
    return Object.values((await this.replica()).caps);
  }

  async limitFor(year: number): Promise<Won> {
    const limit = projectCapOf(await this.replica(), year);
    if (limit === undefined) {
      throw new ProblemException(
        503,
        'PROGRAM_POLICY.UNKNOWN',
        `${year}년 사업의 과제당 지원 한도가 아직 지원금 서비스에서 오지 않았습니다. 잠시 후 다시 시도하십시오. (The ${year} program's cap per project has not reached this service from grants yet; retry shortly.)`,
        undefined,
        { year },
      );
    }
    return limit;
  }
}
