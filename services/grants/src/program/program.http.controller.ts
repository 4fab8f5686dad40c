import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { allocatedToLines, GRANTS_ROLES, GrantsStreams, programDecider } from '@yunghap/grants-domain';
import { CommandMetadata, programYearOf, won } from '@yunghap/kernel';
import { CommandExecutor, CommandMeta, PageQuery, Roles } from '@yunghap/platform-nest';
import { decideMoveRecord } from '../money/money-flow';
import { ApiProblemResponse } from '../shared/api-problem';
import { BudgetReader } from './budget.queries';
import { LineTransfers } from './line-transfers.handler';
import { programLineMovements } from './program-line-movements';
import { PROGRAM_OUTBOX } from './program.outbox';
import { ProgramYearQuery, DefineBudgetLineRequest, LineParams, SetProjectCapRequest, TransferBetweenLinesRequest } from './program.request.dto';
import { BudgetCheckResponse, LinePageResponse, LineResponse, ProgramResponse, TransferResponse } from './program.response.dto';

const currentYear = () => programYearOf(new Date().toISOString());

/** The year's program is opened at start-up; until a restart after New Year (Asia/Seoul) it is not there. */
const ApiNoProgramResponse = () =>
  ApiProblemResponse(404, '올해의 사업이 아직 열리지 않음 (PROGRAM.NOT_FOUND: the program of the current year is not open yet)');

/** The year's program, its lines with their money, transfers between lines and the budget check. */
@ApiTags('grants: budget')
@ApiBearerAuth()
@Controller('api/grants')
export class ProgramHttpController {
  constructor(
    private readonly budget: BudgetReader,
    private readonly transfers: LineTransfers,
    private readonly commands: CommandExecutor,
  ) {}

  @Roles(...GRANTS_ROLES.readBudget)
  @Get('program')
  @ApiOkResponse({ type: ProgramResponse })
  @ApiNoProgramResponse()
  async program(): Promise<ProgramResponse> {
    const year = currentYear();
    const program = await this.budget.program(year);
    const allocated = allocatedToLines(program);
    const { total, maxGrantPerProject } = program;
    return { year, total, maxGrantPerProject, allocated, unallocated: total - allocated, lines: await this.budget.lines(year) };
  }

  /** The year's cap per project: grants owns it, and the applications service screens with the published value. */
  @Roles(...GRANTS_ROLES.SetProjectCap)
  @Put('program/project-cap')
  @ApiOkResponse({ type: ProgramResponse, description: 'The program with its new cap' })
  @ApiNoProgramResponse()
  async setProjectCap(@Body() body: SetProjectCapRequest, @CommandMeta() metadata: CommandMetadata): Promise<ProgramResponse> {
    const year = programYearOf(metadata.now);
    const command = { type: 'SetProjectCap', data: { year, maxGrantPerProject: won(body.maxGrantPerProject), reason: body.reason }, metadata } as const;
    await this.commands.execute(GrantsStreams.program(year), command, programDecider, PROGRAM_OUTBOX);
    return this.program();
  }

  @Roles(...GRANTS_ROLES.readBudget)
  @Get('lines')
  @ApiOkResponse({ type: LinePageResponse })
  @ApiNoProgramResponse()
  lines(@Query() query: PageQuery): Promise<LinePageResponse> {
    return this.budget.linePage(currentYear(), query);
  }

  @Roles(...GRANTS_ROLES.readBudget)
  @Get('lines/:lineId')
  @ApiOkResponse({ type: LineResponse })
  line(@Param() { lineId }: LineParams): Promise<LineResponse> {
    return this.budget.line(currentYear(), lineId);
  }

  /** A new line out of the unallocated reserve: defined on the program and opened as its own stream, in one transaction. */
  @Roles(...GRANTS_ROLES.DefineBudgetLine)
  @Post('lines')
  @ApiCreatedResponse({ type: LineResponse, description: 'The new line, its whole amount available' })
  async defineLine(@Body() body: DefineBudgetLineRequest, @CommandMeta() metadata: CommandMetadata): Promise<LineResponse> {
    const year = programYearOf(metadata.now);
    const { lineId, nameKo, nameEn } = body;
    const amount = won(body.amountWon);
    const streamId = GrantsStreams.program(year);
    const define = { type: 'DefineBudgetLine', data: { lineId, nameKo, nameEn, amount }, metadata } as const;
    await this.commands.executeInTransaction(streamId, define, (session) =>
      decideMoveRecord(session, streamId, define, programDecider, programLineMovements(year)),
    );
    return this.budget.line(year, lineId);
  }

  @Roles(...GRANTS_ROLES.TransferBetweenLines)
  @Post('transfers')
  @ApiCreatedResponse({ type: TransferResponse })
  async transfer(@Body() body: TransferBetweenLinesRequest, @CommandMeta() metadata: CommandMetadata): Promise<TransferResponse> {
    const year = programYearOf(metadata.now);
    const transferId = await this.transfers.transfer(year, body, metadata);
    return { transferId, from: await this.budget.line(year, body.fromLineId), to: await this.budget.line(year, body.toLineId) };
  }

  /**
   * The budget check: on every line available + committed + disbursed − recovered = amount and
   * nothing negative, and each line's amount is what the program allocates to it; of the current
   * program year, or of `year`.
   */
  @Roles(...GRANTS_ROLES.readBudgetCheck)
  @Get('budget/check')
  @ApiOkResponse({ type: BudgetCheckResponse })
  @ApiNoProgramResponse()
  async check(@Query() query: ProgramYearQuery): Promise<BudgetCheckResponse> {
    const year = query.year ?? currentYear();
    const program = await this.budget.program(year);
    const lines = (await this.budget.lines(year)).map((line) => {
      const planned = program.lines[line.lineId].amount;
      const violations = planned === line.amount ? line.violations : [...line.violations, `the program allocates ${planned}, the line holds ${line.amount}`];
      return { ...line, violations };
    });
    const allocated = allocatedToLines(program);
    const programViolations = allocated > program.total ? [`lines allocate ${allocated}, above the program total ${program.total}`] : [];
    return { year, ok: programViolations.length === 0 && lines.every((line) => line.violations.length === 0), programViolations, lines };
  }
}
