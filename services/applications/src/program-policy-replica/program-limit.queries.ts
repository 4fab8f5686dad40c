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

  /** `field`: the request field the year comes from, named when the year precedes every program grants has opened. */
  async limitFor(year: number, field: string): Promise<Won> {
    const replica = await this.replica();
    const limit = projectCapOf(replica, year);
    const years = Object.keys(replica.caps).map(Number);
    if (limit === undefined && years.length > 0) {
      // Waiting would not help: no program of that year or before will ever be opened.
      const earliestYear = Math.min(...years);
      throw new ProblemException(
        422,
        'PROGRAM_POLICY.NO_PROGRAM',
        `${year}년에는 사업이 없습니다. 가장 이른 사업 연도는 ${earliestYear}년입니다. (There is no program in ${year}; the earliest program year is ${earliestYear}.)`,
        [{ field, rule: 'PROGRAM_POLICY.NO_PROGRAM', message: `no program in ${year}` }],
        { year, earliestYear },
      );
    }
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
