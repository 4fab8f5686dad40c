import { EVALUATION_PERSONAL_DATA } from '@yunghap/evaluation-domain';
import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, RuntimeModule, SERVICE_CONSUMERS, SERVICE_STARTUP_TASKS, ServiceConfig, ServiceSetup } from '@yunghap/platform-nest';
import { committeeViewProjection } from './committees/committee-view.projection';
import { CommitteesHttpController } from './committees/committees.http.controller';
import { applicationEventsConsumer } from './evaluations/application-events.consumer';
import { evaluationViewProjection } from './evaluations/evaluation-view.projection';
import { EvaluationViews } from './evaluations/evaluations.queries';
import { EvaluationsHttpController } from './evaluations/evaluations.http.controller';
import { LateRecusals } from './evaluations/late-recusals';
import { PendingEvaluations } from './evaluations/pending-evaluations';
import { ScoresheetsHttpController } from './evaluations/scoresheets.http.controller';
import { KnownCalls } from './known-calls/known-calls';
import { knownCallsConsumer } from './known-calls/known-calls.consumer';
import { KnownCenters } from './known-centers/known-centers';
import { knownCentersConsumer } from './known-centers/known-centers.consumer';
import { MemberCommitteesHttpController } from './members/member-committees.http.controller';
import { RankingHttpController } from './ranking/ranking.http.controller';
import { RubricsHttpController } from './rubrics/rubrics.http.controller';
import { WorkQueueHttpController } from './work-queue/work-queue.http.controller';
import { EVALUATION_PROBLEM_CATALOGUE } from './shared/problem-catalogue';

/**
 * The evaluation service: committees and their members' declared ties, rubrics per call, one
 * evaluation per eligible application (opened from the applications service's screening), the
 * members' scoresheets, results and the ranking of a call. It knows the centers from the centers
 * service's routing messages and the calls from the applications service's call messages, to form
 * committees and define rubrics for real centers and calls only.
 */
@Module({})
export class EvaluationModule {
  static register(config: ServiceConfig, setup: ServiceSetup): DynamicModule {
    return {
      module: EvaluationModule,
      imports: [
        PlatformModule.forService(config, { problemCatalogue: EVALUATION_PROBLEM_CATALOGUE }),
        RuntimeModule.forService(config, {
          ...setup,
          projections: [committeeViewProjection, evaluationViewProjection],
          personalData: EVALUATION_PERSONAL_DATA,
        }),
      ],
      controllers: [
        CommitteesHttpController,
        RubricsHttpController,
        EvaluationsHttpController,
        ScoresheetsHttpController,
        WorkQueueHttpController,
        RankingHttpController,
        MemberCommitteesHttpController,
      ],
      providers: [
        EvaluationViews,
        PendingEvaluations,
        LateRecusals,
        KnownCenters,
        KnownCalls,
        { provide: SERVICE_CONSUMERS, useValue: [applicationEventsConsumer, knownCentersConsumer, knownCallsConsumer] },
        // Retries what a crash may have left undone between a committee change and the openings or recusals it called for.
        {
          provide: SERVICE_STARTUP_TASKS,
          inject: [PendingEvaluations, LateRecusals],
          useFactory: (pending: PendingEvaluations, recusals: LateRecusals) => [() => pending.openPending({}), () => recusals.recuse({})],
        },
      ],
    };
  }
}
