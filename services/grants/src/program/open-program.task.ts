import { Inject, Injectable } from '@nestjs/common';
import { budgetLineDecider, CommitYearPart, GrantsStreams, PROGRAM_TOTAL_WON, programDecider, SEED_BUDGET_LINES } from '@yunghap/grants-domain';
import { handleCommand } from '@yunghap/event-store';
import { CommandMetadata, DomainError, programYearOf } from '@yunghap/kernel';
import { CommandExecutor, DomainRefusal, SERVICE_RUNTIME, ServiceLogger, ServiceRuntime, systemMetadata } from '@yunghap/platform-nest';
import type { Logger } from 'pino';
import { decideWithApplicationHold } from '../awards/application-hold';
import { GRANTS, yearPartsOfView } from '../awards/grant-view.projection';
import { PROGRAM_OUTBOX } from './program.outbox';

/** Refusals that mean an earlier start (or a program manager) already did it. */
const ALREADY_DONE = new Set(['PROGRAM.ALREADY_OPENED', 'PROGRAM.LINE_ALREADY_DEFINED', 'LINE.ALREADY_OPENED']);

/**
 * Opens the current year's program (₩40B, capped at ₩500M per project, which is published to the
 * other services) and its seeded lines on every start, then commits on them the year's parts that
 * multi-year awards planned for it. Idempotent: what exists is left as it is, so a line a program
 * manager has since changed keeps its amount; a crash between defining a line and opening its
 * stream is finished on the next start, and a part already committed is not committed twice.
 */
@Injectable()
export class OpenProgramTask {
  private readonly logger: Logger;

  constructor(
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
    private readonly commands: CommandExecutor,
    logger: ServiceLogger,
  ) {
    this.logger = logger.for(OpenProgramTask.name);
  }

  /** `now`: the instant the program is opened at, the present unless a test opens next year's. */
  async run(now?: string): Promise<void> {
    const metadata = systemMetadata(undefined, undefined, now);
    const year = programYearOf(metadata.now);
    let recorded = await this.settle(
      handleCommand(
        this.runtime.store,
        GrantsStreams.program(year),
        { type: 'OpenProgram', data: { year, total: PROGRAM_TOTAL_WON }, metadata },
        programDecider,
        PROGRAM_OUTBOX,
      ),
    );
    for (const { lineId, nameKo, nameEn, amount } of SEED_BUDGET_LINES) {
      const define = { type: 'DefineBudgetLine', data: { lineId, nameKo, nameEn, amount }, metadata } as const;
      recorded += await this.settle(handleCommand(this.runtime.store, GrantsStreams.program(year), define, programDecider));
      const open = { type: 'OpenBudgetLine', data: { year, lineId, amount }, metadata } as const;
      recorded += await this.settle(handleCommand(this.runtime.store, GrantsStreams.budgetLine(year, lineId), open, budgetLineDecider));
    }
    this.logger.info({ year, eventsRecorded: recorded }, 'program and budget lines ready');
    await this.commitPlannedParts(year, metadata);
  }

  /**
   * Commits every awarded grant's part planned for `year`. The awarded grants are found in the read
   * model; each commitment is decided on the grant's and the line's streams. A refusal (the line
   * cannot cover the part, a program manager has not opened the line) is logged and leaves the part
   * planned, for finance to commit later (`POST …/years/{year}/commit`): the start never fails on it.
   */
  private async commitPlannedParts(year: number, metadata: CommandMetadata): Promise<void> {
    const awarded = await GRANTS.in(this.runtime.readModels).find({ status: 'awarded' });
    const due = awarded.filter((grant) => yearPartsOfView(grant).some((part) => part.year === year && part.status === 'planned'));
    for (const { grantId, applicationId } of due) {
      const command: CommitYearPart = { type: 'CommitYearPart', data: { grantId, year }, metadata };
      try {
        await this.commands.executeInTransaction(GrantsStreams.grant(grantId), command, (session) =>
          decideWithApplicationHold(session, applicationId, command),
        );
        this.logger.info({ grantId, year }, 'year part committed');
      } catch (error) {
        const code = error instanceof DomainRefusal ? error.error.code : undefined;
        this.logger.warn({ grantId, year, code, err: code ? undefined : error }, 'year part left planned');
      }
    }
  }

  private async settle(result: Promise<{ ok: true; events: readonly unknown[] } | { ok: false; error: DomainError }>): Promise<number> {
    const outcome = await result;
    if (outcome.ok) return outcome.events.length;
    if (ALREADY_DONE.has(outcome.error.code)) return 0;
    throw new DomainRefusal(outcome.error);
  }
}
