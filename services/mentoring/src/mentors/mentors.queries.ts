import { Inject, Injectable } from '@nestjs/common';
import { RegisteredMentor } from '@yunghap/mentoring-domain';
import { ProblemException, SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { MENTORS, MentorView, registeredMentor } from './mentor-view.projection';
import { MentorResponse } from './mentors.response.dto';

/** A mentor as the API shows it: by its domain id, without the read model's own keys. */
export function mentorResponse(view: MentorView): MentorResponse {
  const { mentorId, status, kind, name, expertise, affiliation, relationships, registeredAt, updatedAt, retirement } = view;
  return { mentorId, status, kind, name, expertise, affiliation, relationships, registeredAt, updatedAt, retirement };
}

/** The mentor pool read model, as the HTTP side and matching read it. */
@Injectable()
export class MentorViews {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  collection() {
    return MENTORS.in(this.runtime.readModels);
  }

  async existing(mentorId: string): Promise<MentorView> {
    const view = await this.collection().findOne({ _id: mentorId });
    if (!view) throw ProblemException.notFound('mentor', mentorId);
    return view;
  }

  /**
   * The active pool, for matching. Retired mentors are left out here rather than excluded by
   * matching: they are history, and listing each of them in every engagement's exclusions
   * would only grow the record.
   */
  async activePool(): Promise<RegisteredMentor[]> {
    return (await this.collection().find({ status: 'active' }, { sort: { _id: 1 } })).map(registeredMentor);
  }
}
