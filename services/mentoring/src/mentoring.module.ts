import { MENTORING_PERSONAL_DATA } from '@yunghap/mentoring-domain';
import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, RuntimeModule, SERVICE_CONSUMERS, ServiceConfig, ServiceSetup } from '@yunghap/platform-nest';
import { allocationAnswersConsumer } from './engagements/allocation-answers.consumer';
import { engagementViewProjection } from './engagements/engagement-view.projection';
import { EngagementViews } from './engagements/engagements.queries';
import { EngagementsHttpController } from './engagements/engagements.http.controller';
import { mentorViewProjection } from './mentors/mentor-view.projection';
import { MentorViews } from './mentors/mentors.queries';
import { MentorsHttpController } from './mentors/mentors.http.controller';
import { MENTORING_PROBLEM_CATALOGUE } from './shared/problem-catalogue';

/**
 * The mentoring service: the national mentor pool, matching mentors to a consortium, and
 * mentoring engagements funded by a ₩10,000,000 allocation that grants approves over Kafka.
 */
@Module({})
export class MentoringModule {
  static register(config: ServiceConfig, setup: ServiceSetup): DynamicModule {
    return {
      module: MentoringModule,
      imports: [
        PlatformModule.forService(config, { problemCatalogue: MENTORING_PROBLEM_CATALOGUE }),
        RuntimeModule.forService(config, { ...setup, projections: [mentorViewProjection, engagementViewProjection], personalData: MENTORING_PERSONAL_DATA }),
      ],
      controllers: [MentorsHttpController, EngagementsHttpController],
      providers: [MentorViews, EngagementViews, { provide: SERVICE_CONSUMERS, useValue: [allocationAnswersConsumer] }],
    };
  }
}
