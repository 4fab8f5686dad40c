import { DynamicModule, Module } from '@nestjs/common';
import { createCallDecider } from '@yunghap/applications-domain';
import { PlatformModule, RuntimeModule, SERVICE_CONSUMERS, SERVICE_STARTUP_TASKS, ServiceConfig, ServiceSetup } from '@yunghap/platform-nest';
import { CALL_DECIDER } from './applications.di-tokens';
import { loadAttachmentsConfig } from './attachments/attachments.config';
import { ATTACHMENTS_CONFIG } from './attachments/attachments.di-tokens';
import { BusinessPlanHttpController } from './attachments/business-plan.http.controller';
import { DocumentUploadGuard } from './attachments/business-plan-upload.guard';
import { AttachmentStore } from './attachments/content-store.provider';
import { ApplicationCommands } from './applications/applications.handler';
import { ApplicationListsHttpController } from './applications/application-lists.http.controller';
import { ApplicationQueries } from './applications/applications.queries';
import { applicationTimelineProjection } from './applications/application-timeline.projection';
import { applicationViewProjection } from './applications/application-view.projection';
import { ApplicationsHttpController } from './applications/applications.http.controller';
import { callViewProjection } from './calls/call-view.projection';
import { CallsHttpController } from './calls/calls.http.controller';
import { loadApplicationsPolicy } from './config/applications-policy.config';
import { EvaluationFeedbackHttpController } from './evaluation-feedback/evaluation-feedback.http.controller';
import { evaluationOutcomeConsumer } from './evaluation-outcome/evaluation-outcome.consumer';
import { grantsOutcomeConsumer } from './grants-outcome/grants-outcome.consumer';
import { ProgramLimitReader } from './program-policy-replica/program-limit.queries';
import { ProgramPolicyHttpController } from './program-policy-replica/program-policy.http.controller';
import { programPolicyReplicaConsumer } from './program-policy-replica/program-policy-replica.consumer';
import { ApplicationRouter } from './routing-replica/application-router';
import { RoutePendingApplicationsTask } from './routing-replica/route-pending-applications.task';
import { routingReplicaConsumer } from './routing-replica/routing-replica.consumer';
import { RoutingReplicaHttpController } from './routing-replica/routing-replica.http.controller';
import { routingReplicaProjection } from './routing-replica/routing-replica.projection';
import { firmApplicationsProjection } from './screening/firm-applications.projection';
import { ScreeningFactsReader } from './screening/screening-facts.queries';
import { ScreeningHttpController } from './screening/screening.http.controller';
import { APPLICATIONS_PROBLEM_CATALOGUE } from './shared/problem-catalogue';

/**
 * The applications service: calls, consortium applications from draft to evaluated, screening by
 * the regional centers, routing by a local replica of the centers' province mapping, and the
 * evaluation outcome from the evaluation service, and the business plans applicants attach (in
 * the content store the environment names).
 */
@Module({})
export class ApplicationsModule {
  static register(config: ServiceConfig, setup: ServiceSetup): DynamicModule {
    const policy = loadApplicationsPolicy(setup.env);
    const attachments = loadAttachmentsConfig(setup.env, setup.runtime);
    return {
      module: ApplicationsModule,
      imports: [
        PlatformModule.forService(config, { problemCatalogue: APPLICATIONS_PROBLEM_CATALOGUE }),
        RuntimeModule.forService(config, {
          ...setup,
          projections: [callViewProjection, applicationViewProjection, applicationTimelineProjection, routingReplicaProjection, firmApplicationsProjection],
        }),
      ],
      controllers: [
        CallsHttpController,
        ApplicationsHttpController,
        BusinessPlanHttpController,
        EvaluationFeedbackHttpController,
        ApplicationListsHttpController,
        ScreeningHttpController,
        RoutingReplicaHttpController,
        ProgramPolicyHttpController,
      ],
      providers: [
        { provide: CALL_DECIDER, useValue: createCallDecider(policy) },
        { provide: ATTACHMENTS_CONFIG, useValue: attachments },
        AttachmentStore,
        DocumentUploadGuard,
        ApplicationCommands,
        ApplicationQueries,
        ApplicationRouter,
        ScreeningFactsReader,
        ProgramLimitReader,
        RoutePendingApplicationsTask,
        {
          provide: SERVICE_CONSUMERS,
          useValue: [routingReplicaConsumer, programPolicyReplicaConsumer, evaluationOutcomeConsumer, grantsOutcomeConsumer],
        },
        { provide: SERVICE_STARTUP_TASKS, inject: [RoutePendingApplicationsTask], useFactory: (task: RoutePendingApplicationsTask) => [() => task.run()] },
      ],
    };
  }
}
