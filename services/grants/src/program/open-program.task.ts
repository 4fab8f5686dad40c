import { Inject, Injectable } from '@nestjs/common';
import { budgetLineDecider, GrantsStreams, PROGRAM_TOTAL_WON, programDecider, SEED_BUDGET_LINES } from '@yunghap/grants-domain';
import { handleCommand } from '@yunghap/event-store';
import { DomainError, programYearOf } from '@yunghap/kernel';
import { DomainRefusal, SERVICE_RUNTIME, ServiceLogger, ServiceRuntime, systemMetadata } from '@yunghap/platform-nest';
import type { Logger } from 'pino';

/** Refusals that mean an earlier start (or a program manager) already did it. */
const ALREADY_DONE = new Set(['PROGRAM.ALREADY_OPENED', 'PROGRAM.LINE_ALREADY_DEFINED', 'LINE.ALREADY_OPENED']);

/**
 * Opens the current year's program (₩40B) and its seeded lines on every start. Idempotent: what
 * exists is left as it is, so a line a program manager has since changed keeps its amount; a
 * crash between defining a line and opening its stream is finished on the next start.
 */
@Injectable()
export class OpenProgramTask {
  private readonly logger: Logger;

  constructor(
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
    logger: ServiceLogger,
  ) {
    this.logger = logger.for(OpenProgramTask.name);
  }

  async run(): Promise<void> {
    const metadata = systemMetadata();
    const year = programYearOf(metadata.now);
    let recorded = await this.settle(
      handleCommand(
        this.runtime.store,
        GrantsStreams.program(year),
        { type: 'OpenProgram', data: { year, total: PROGRAM_TOTAL_WON }, metadata },
        programDecider,
      ),
    );
    for (const { lineId, nameKo, nameEn, amount } of SEED_BUDGET_LINES) {
      const define = { type: 'DefineBudgetLine', data: { lineId, nameKo, nameEn, amount }, metadata } as const;
      recorded += await this.settle(handleCommand(this.runtime.store, GrantsStreams.program(year), define, programDecider));
      const open = { type: 'OpenBudgetLine', data: { year, lineId, amount }, metadata } as const;
      recorded += await this.settle(handleCommand(this.runtime.store, GrantsStreams.budgetLine(year, lineId), open, budgetLineDecider));
    }
    this.logger.info({ year, eventsRecorded: recorded }, 'program and budget lines ready');
  }

  private async settle(result: Promise<{ ok: true; events: readonly unknown[] } | { ok: false; error: DomainError }>): Promise<number> {
    const outcome = await result;
    if (outcome.ok) return outcome.events.length;
    if (ALREADY_DONE.has(outcome.error.code)) return 0;
    throw new DomainRefusal(outcome.error);
  }
}
