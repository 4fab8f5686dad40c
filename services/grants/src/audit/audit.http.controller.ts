import { Controller, Get, Headers, Inject, Param, Query, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { readStreamOf, RecordedOf } from '@yunghap/event-store';
import {
  BudgetLineEvent,
  budgetAsOf,
  CallLineEvent,
  CandidateEvent,
  executionInstants,
  executionSeries,
  GrantEvent,
  GRANTS_ROLES,
  GrantsStreams,
  LedgerParty,
  ledgerPartyOf,
  ledgerRows,
  ledgerTable,
  singleYearParts,
  TimedEvent,
} from '@yunghap/grants-domain';
import { programYearOf } from '@yunghap/kernel';
import { asDateTime, ProblemException, Roles, SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { GrantParams } from '../awards/awards.request.dto';
import { GRANTS } from '../awards/grant-view.projection';
import { BudgetReader } from '../program/budget.queries';
import { LineParams, ProgramYearQuery } from '../program/program.request.dto';
import { ApiProblemResponse } from '../shared/api-problem';
import { tableFile, XLSX_MEDIA_TYPE } from '../shared/spreadsheet';
import { AsOfQuery, LedgerQuery } from './audit.request.dto';
import { BudgetAsOfResponse, EvidencePacketResponse, ExecutionSeriesResponse, GrantTraceResponse, VerifyResponse } from './audit.response.dto';
import { EvidenceAssembler } from './evidence-assembler';
import { attachment } from './content-disposition';
import { grantTrace } from './grant-trace';

/** Finance's audit: a grant's decision chain, the budget at any past instant, the execution over a year, a line's ledger, the hash chains. */
@ApiTags('grants: audit')
@ApiBearerAuth()
@Controller('api/grants/audit')
export class AuditHttpController {
  constructor(
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
    private readonly budget: BudgetReader,
    private readonly evidenceAssembler: EvidenceAssembler,
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
    return budgetAsOf(await this.budget.history(programYearOf(query.at)), asDateTime(query.at));
  }

  /** 집행률 over a year: the lines' money at the end of each Korean month so far, and now. */
  @Roles(...GRANTS_ROLES.readAudit)
  @Get('execution')
  @ApiOkResponse({ type: ExecutionSeriesResponse })
  @ApiProblemResponse(404, '그 해의 사업이 없음 (PROGRAM.NOT_FOUND: no program in that year)')
  async execution(@Query() query: ProgramYearQuery): Promise<ExecutionSeriesResponse> {
    const now = new Date().toISOString();
    const year = query.year ?? programYearOf(now);
    const [program, history] = await Promise.all([this.budget.program(year), this.budget.history(year)]);
    return { year, total: program.total, points: executionSeries(history, executionInstants(year, now)) };
  }

  @Roles(...GRANTS_ROLES.readAudit)
  @Get('lines/:lineId/ledger')
  @ApiOkResponse({
    description:
      'A header row then one row per movement, naming for a grant its recipient (the lead firm’s name and registration number) and agreement number. ' +
      'csv: UTF-8 with a byte-order mark, CRLF rows; cells that a spreadsheet would run as a formula are prefixed with a quote. ' +
      'xlsx: one sheet (예산원장), the header bold and frozen, amounts as numbers in won format, text as text',
    content: { 'text/csv': { schema: { type: 'string' } }, [XLSX_MEDIA_TYPE]: { schema: { type: 'string', format: 'binary' } } },
    headers: {
      'Content-Disposition': {
        required: true,
        description: 'attachment; filename="ledger_<line>_<from>_<to>.<csv|xlsx>" with the Korean name (예산원장_…) in filename*',
        schema: { type: 'string' },
      },
    },
  })
  async ledger(@Param() { lineId }: LineParams, @Query() query: LedgerQuery): Promise<StreamableFile> {
    const year = programYearOf(query.from);
    await this.budget.line(year, lineId);
    const history = await this.budget.lineHistory(year, lineId);
    const parties = await this.grantParties(history);
    const rows = ledgerRows(history, query.from, query.to, (reference) => (reference.kind === 'grant' ? parties.get(reference.id) : undefined));
    const format = query.format ?? 'csv';
    const { body, type } = await tableFile(ledgerTable(rows), format, '예산원장');
    const span = `${lineId}_${query.from.slice(0, 10)}_${query.to.slice(0, 10)}.${format}`;
    return new StreamableFile(body, { type, disposition: attachment(`예산원장_${span}`, `ledger_${span}`) });
  }

  /** The recipient and agreement of every grant the line's movements are for, by grant id. */
  private async grantParties(history: readonly TimedEvent<BudgetLineEvent>[]): Promise<ReadonlyMap<string, LedgerParty>> {
    const ids = new Set(history.flatMap(({ event }) => ('reference' in event.data && event.data.reference.kind === 'grant' ? [event.data.reference.id] : [])));
    const grants = await GRANTS.in(this.runtime.readModels).find({ _id: { $in: [...ids] } });
    return new Map(grants.map((grant) => [grant.grantId, ledgerPartyOf(grant)]));
  }

  /**
   * The grant's evidence packet, one JSON file: every event of its decision chain across the
   * services (those naming the grant or its application), each with its inclusion proof, the
   * signed checkpoints, the public keys and a seal. An auditor checks it offline (docs/audit.md).
   */
  @Roles(...GRANTS_ROLES.readAudit)
  @Get('evidence/:grantId')
  @ApiOkResponse({ type: EvidencePacketResponse })
  @ApiProblemResponse(503, '다른 서비스의 기록을 받을 수 없음 (another service’s part of the packet cannot be had now; nothing is sent incomplete)')
  async evidence(
    @Param() { grantId }: GrantParams,
    @Headers('authorization') authorization: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<EvidencePacketResponse> {
    const [first] = await readStreamOf<GrantEvent>(this.runtime.store, GrantsStreams.grant(grantId));
    if (first?.type !== 'AwardProposed') throw ProblemException.notFound('grant', grantId);
    const packet = await this.evidenceAssembler.packet(grantId, first.data.applicationId, authorization);
    response.setHeader('Content-Disposition', attachment(`증거_${grantId}.json`, `evidence_${grantId}.json`));
    return packet;
  }

  /** Walks every stream's hash chain; reports the first broken event. */
  @Roles(...GRANTS_ROLES.readAudit)
  @Get('verify')
  @ApiOkResponse({ type: VerifyResponse })
  verify(): Promise<VerifyResponse> {
    return this.runtime.store.verify('all');
  }
}
