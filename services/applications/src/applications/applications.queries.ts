import { Inject, Injectable } from '@nestjs/common';
import { AuthenticatedUser, mapPage, Page, ProblemException, publicView, readPage, SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { Filter } from '@yunghap/read-models';
import { assertMayRead } from './application-access';
import { ApplicationListQuery } from './application-list.query.dto';
import { ApplicationTimelineResponse, timelineEventOf } from './application-timeline.response.dto';
import { TIMELINE } from './application-timeline.projection';
import { APPLICATIONS, ApplicationView } from './application-view.projection';
import { ApplicationPageResponse, applicationSummaryOf } from './application.response.dto';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const applicationNotFound = (applicationId: string) =>
  new ProblemException(404, 'APPLICATION.NOT_FOUND', `신청서가 없습니다. (No application with id ${applicationId}.)`);

/** Reads of the application read models, shared by the controllers. */
@Injectable()
export class ApplicationQueries {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  private applications() {
    return APPLICATIONS.in(this.runtime.readModels);
  }

  async existing(applicationId: string): Promise<ApplicationView> {
    const application = await this.applications().findOne({ _id: applicationId });
    if (!application) throw applicationNotFound(applicationId);
    return publicView(application);
  }

  /** 404 before 403: whether an id exists is no secret, its content is. */
  async readableBy(user: AuthenticatedUser, applicationId: string): Promise<ApplicationView> {
    const application = await this.existing(applicationId);
    assertMayRead(user, application);
    return application;
  }

  async timeline(user: AuthenticatedUser, applicationId: string): Promise<ApplicationTimelineResponse> {
    await this.readableBy(user, applicationId);
    const entries = await TIMELINE.in(this.runtime.readModels).find({ applicationId }, { sort: { version: 1 } });
    return { applicationId, events: entries.map(timelineEventOf) };
  }

  /** Newest drafts first; the content stays out of lists (read one application for it). */
  async page(scope: Filter, query: ApplicationListQuery): Promise<ApplicationPageResponse> {
    const { status, callId, q, ...window } = query;
    const filter: Filter = {
      ...scope,
      ...(status && { status }),
      ...(callId && { callId }),
      ...(q && { title: { $regex: escapeRegExp(q), $options: 'i' } }),
    };
    const page = await readPage(window, (paging) =>
      this.applications().find(filter, { sort: { draftedAt: -1, _id: 1 }, ...paging, projection: { content: 0, _position: 0 } }),
    );
    return mapPage(page as Page<Omit<ApplicationView, 'content'>>, applicationSummaryOf);
  }
}
