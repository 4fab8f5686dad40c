import { Inject, Injectable } from '@nestjs/common';
import { assertCenterScope, AuthenticatedUser, ProblemException, SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { ENGAGEMENTS, EngagementView } from './engagement-view.projection';
import { EngagementResponse } from './engagements.response.dto';

/** An engagement as the API shows it: by its domain id, without the read model's own keys. */
export function engagementResponse(view: EngagementView): EngagementResponse {
  const {
    _id,
    centerId,
    consortium,
    status,
    candidates,
    excluded,
    mentorId,
    confirmedBy,
    allocations,
    startedOn,
    sessions,
    totalMinutes,
    completion,
    cancellation,
    proposedBy,
    proposedAt,
    updatedAt,
  } = view;
  return {
    engagementId: _id,
    centerId,
    consortium,
    status,
    candidates,
    excluded,
    mentorId,
    confirmedBy,
    allocations,
    startedOn,
    sessions,
    totalMinutes,
    completion,
    cancellation,
    proposedBy,
    proposedAt,
    updatedAt,
  };
}

/** The engagement read model, as the HTTP side reads it. */
@Injectable()
export class EngagementViews {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  collection() {
    return ENGAGEMENTS.in(this.runtime.readModels);
  }

  async existing(engagementId: string): Promise<EngagementView> {
    const view = await this.collection().findOne({ _id: engagementId });
    if (!view) throw ProblemException.notFound('engagement', engagementId);
    return view;
  }

  /** The engagement if `user` may see it: center staff their own center's only. */
  async readableBy(user: AuthenticatedUser, engagementId: string): Promise<EngagementView> {
    const view = await this.existing(engagementId);
    assertCenterScope(user, view.centerId);
    return view;
  }
}
