import { Controller, Get, Inject, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { readStreamOf, RecordedOf } from '@yunghap/event-store';
import {
  BudgetLineEvent,
  budgetAsOf,
  CallLineEvent,
  CandidateEvent,
  GrantEvent,
  GRANTS_ROLES,
  GrantsStreams,
  ledgerCsv,
  LedgerParty,
  ledgerPartyOf,
  ledgerRows,
  singleYearParts,
  TimedEvent,
} from '@yunghap/grants-domain';
import { programYearOf } from '@yunghap/kernel';
import { ProblemException, Roles, SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { GrantParams } from '../awards/awards.request.dto';
import { GRANTS } from '../awards/grant-view.projection';
import { BudgetReader } from '../program/budget.queries';
import { LineParams } from '../program/program.request.dto';
import { ApiProblemResponse } from '../shared/api-problem';
import { AsOfQuery, PeriodQuery } from './audit.request.dto';
import { BudgetAsOfResponse, GrantTraceResponse, VerifyResponse } from './audit.response.dto';
import { attachment } from './content-disposition';
import { grantTrace } from './grant-trace';

/** Finance's audit: a grant's decision chain, the budget at any past instant, a line's ledger, the hash chains. */
@ApiTags('grants: audit')
@ApiBearerAuth()
@Controller('api/grants/audit')
export class AuditHttpController {
  constructor(
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
    private readonly budget: BudgetReader,
  ) {}

  @Roles(...GRANTS_ROLES.readAudit)
  @Get('trace/:grantId')
  @ApiOkResponse({ type: GrantTraceResponse })
  async trace(@Param() { grantId }: GrantParams): Promise<GrantTraceResponse> {
    const { store } = this.runtime;
    const grantEvents = await readStreamOf<GrantEvent>(store, GrantsStreams.grant(grantId));
    // A grant's stream begins with its proposal, which names the application, the line and the fiscal years it spans.
    const first = grantEvents[0];
    if (first?.type !== 'AwardProposed') throw ProblemException.notFound('grant', grantId);
    const proposal = first.data;
    const years = (proposal.yearParts ?? singleYearParts(proposal.year, proposal.amount)).map((part) => part.year);
    const [call, candidate, ...lines] = await Promise.all([
      readStreamOf<CallLineEvent>(store, GrantsStreams.call(proposal.callId)),
      readStreamOf<CandidateEvent>(store, GrantsStreams.candidate(proposal.applicationId)),
      ...years.map((year) => readStreamOf<BudgetLineEvent>(store, GrantsStreams.budgetLine(year, proposal.lineId))),
    ]);
    const line = lines.flat() as RecordedOf<BudgetLineEvent>[];
    return { grantId, applicationId: proposal.applicationId, entries: grantTrace(grantId, { call, candidate, grant: grantEvents, line }) };
  }

  /** Rebuilt from the events decided until `at`, in the program year `at` falls in. */
  @Roles(...GRANTS_ROLES.readAudit)
  @Get('budget')
  @ApiOkResponse({ type: BudgetAsOfResponse })
  @ApiProblemResponse(404, '그 시각이 속한 해의 사업이 없음 (PROGRAM.NOT_FOUND: no program in the year of that instant)')
  async budgetAt(@Query() query: AsOfQuery): Promise<BudgetAsOfResponse> {
    return budgetAsOf(await this.budget.history(programYearOf(query.at)), query.at);
  }

  @Roles(...GRANTS_ROLES.readAudit)
  @Get('lines/:lineId/ledger')
  @ApiOkResponse({
    description:
      'UTF-8 CSV with a byte-order mark, CRLF rows, a header row then one row per movement, naming for a grant its recipient (the lead firm’s name and registration number) and agreement number; cells that a spreadsheet would run as a formula are prefixed with a quote',
    content: { 'text/csv': { schema: { type: 'string' } } },
    headers: {
      'Content-Disposition': {
        required: true,
        description: 'attachment; filename="ledger_<line>_<from>_<to>.csv" with the Korean name (예산원장_…) in filename*',
        schema: { type: 'string' },
      },
    },
  })
  async ledger(@Param() { lineId }: LineParams, @Query() period: PeriodQuery): Promise<StreamableFile> {
    const year = programYearOf(period.from);
    await this.budget.line(year, lineId);
    const history = await this.budget.lineHistory(year, lineId);
    const parties = await this.grantParties(history);
    const csv = ledgerCsv(ledgerRows(history, period.from, period.to, (reference) => (reference.kind === 'grant' ? parties.get(reference.id) : undefined)));
    const span = `${lineId}_${period.from.slice(0, 10)}_${period.to.slice(0, 10)}.csv`;
    return new StreamableFile(Buffer.from(csv, 'utf8'), { type: 'text/csv; charset=utf-8', disposition: attachment(`예산원장_${span}`, `ledger_${span}`) });
  }

  /** The recipient and agreement of every grant the line's movements are for, by grant id. */
  private async grantParties(history: readonly TimedEvent<BudgetLineEvent>[]): Promise<ReadonlyMap<string, LedgerParty>> {
    const ids = new Set(history.flatMap(({ event }) => ('reference' in event.data && event.data.reference.kind === 'grant' ? [event.data.reference.id] : [])));
    const grants = await GRANTS.in(this.runtime.readModels).find({ _id: { $in: [...ids] } });
    return new Map(grants.map((grant) => [grant.grantId, ledgerPartyOf(grant)]));
  }

  /** Walks every stream's hash chain; reports the first broken event. */
  @Roles(...GRANTS_ROLES.readAudit)
  @Get('verify')
  @ApiOkResponse({ type: VerifyResponse })
  verify(): Promise<VerifyResponse> {
    return this.runtime.store.verify('all');
  }
}
