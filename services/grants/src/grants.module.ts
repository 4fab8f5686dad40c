import { EvidenceAssembler, PEER_SERVICE_URLS } from './audit/evidence-assembler';
import { DynamicModule, Module } from '@nestjs/common';
import { peerServiceUrls, PlatformModule, RuntimeModule, SERVICE_CONSUMERS, SERVICE_STARTUP_TASKS, ServiceConfig, ServiceSetup } from '@yunghap/platform-nest';
import { allocationRequestsConsumer } from './allocations/allocation-requests.consumer';
import { allocationViewProjection } from './allocations/allocation-view.projection';
import { AllocationsHttpController } from './allocations/allocations.http.controller';
import { AuditHttpController } from './audit/audit.http.controller';
import { AwardProposals } from './awards/award-proposals.handler';
import { grantViewProjection } from './awards/grant-view.projection';
import { GrantsHttpController } from './awards/grants.http.controller';
import { callLinesConsumer } from './calls/call-lines.consumer';
import { BudgetReader } from './program/budget.queries';
import { LineTransfers } from './program/line-transfers.handler';
import { OpenProgramTask } from './program/open-program.task';
import { ProgramHttpController } from './program/program.http.controller';
import { ReportsHttpController } from './reports/reports.http.controller';
import { candidateViewProjection } from './selection/candidate-view.projection';
import { selectionFactsConsumer } from './selection/selection-facts.consumer';
import { SelectionHttpController } from './selection/selection.http.controller';
import { GRANTS_PROBLEM_CATALOGUE } from './shared/problem-catalogue';
import { ApprovalsHttpController } from './approvals/approvals.http.controller';

/**
 * The grants service: the yearly program and its budget lines, selection from the evaluation
 * results, grant awards, disbursements and recoveries, mentoring allocations, and finance's audit.
 */
@Module({})
export class GrantsModule {
  static register(config: ServiceConfig, setup: ServiceSetup): DynamicModule {
    return {
      module: GrantsModule,
      imports: [
        PlatformModule.forService(config, { problemCatalogue: GRANTS_PROBLEM_CATALOGUE }),
        RuntimeModule.forService(config, { ...setup, projections: [candidateViewProjection, grantViewProjection, allocationViewProjection] }),
      ],
      controllers: [
        ProgramHttpController,
        SelectionHttpController,
        GrantsHttpController,
        AllocationsHttpController,
        ApprovalsHttpController,
        AuditHttpController,
        ReportsHttpController,
      ],
      providers: [
        AwardProposals,
        BudgetReader,
        LineTransfers,
        OpenProgramTask,
        EvidenceAssembler,
        { provide: PEER_SERVICE_URLS, useValue: peerServiceUrls(config.service, setup.env) },
        { provide: SERVICE_CONSUMERS, useValue: [selectionFactsConsumer, callLinesConsumer, allocationRequestsConsumer] },
        { provide: SERVICE_STARTUP_TASKS, inject: [OpenProgramTask], useFactory: (task: OpenProgramTask) => [() => task.run()] },
      ],
    };
  }
}
