import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { GRANTS_ROLES } from '@yunghap/grants-domain';
import { programYearOf } from '@yunghap/kernel';
import { mapPage, PageQuery, ProblemException, readPage, Roles, SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { ACTIVE_GRANT_STATUSES, GRANTS, GrantView, yearPartsOfView } from '../awards/grant-view.projection';
import { BudgetReader } from '../program/budget.queries';
import { CANDIDATES, CandidateView } from './candidate-view.projection';
import { CallParams, WhatIfQuery } from './selection.request.dto';
import { CandidatePageResponse, CandidateResponse, WhatIfResponse } from './selection.response.dto';
import { RankedCandidate, whatIf } from './what-if';

/** Best total first; candidates not yet evaluated (no total) last. */
const BEST_FIRST = { totalHundredths: -1, _id: 1 } as const;

/** A call's candidates as grants knows them, and what-if selections that decide nothing. */
@ApiTags('grants: selection')
@ApiBearerAuth()
@Controller('api/grants/calls/:callId')
export class SelectionHttpController {
  constructor(
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
    private readonly budget: BudgetReader,
  ) {}

  private collection() {
    return CANDIDATES.in(this.runtime.readModels);
  }

  private async candidates(callId: string): Promise<CandidateView[]> {
    const found = await this.collection().find({ callId }, { sort: BEST_FIRST });
    if (found.length === 0) throw ProblemException.notFound('call', callId);
    return found;
  }

  /** Those that passed ranked before this one: the rank of a page's first passer, whose predecessors may be on earlier pages. */
  private passedBefore({ callId, totalHundredths, _id }: CandidateView): Promise<number> {
    return this.collection().count({ callId, passed: true, $or: [{ totalHundredths: { $gt: totalHundredths } }, { totalHundredths, _id: { $lt: _id } }] });
  }

  @Roles(...GRANTS_ROLES.readCandidates)
  @Get('candidates')
  @ApiOkResponse({ type: CandidatePageResponse })
  async list(@Param() { callId }: CallParams, @Query() query: PageQuery): Promise<CandidatePageResponse> {
    const page = await readPage(query, (window) => this.collection().find({ callId }, { sort: BEST_FIRST, ...window }));
    if (page.items.length === 0 && (await this.collection().count({ callId })) === 0) throw ProblemException.notFound('call', callId);
    const firstPasser = page.items.find((candidate) => candidate.passed);
    let rank = firstPasser ? await this.passedBefore(firstPasser) : 0;
    return mapPage(page, ({ applicationId, centerId, title, requestedWon, eligible, passed, totalHundredths, evaluatedAt }): CandidateResponse => ({
      applicationId,
      callId,
      centerId,
      title,
      requestedWon,
      eligible,
      passed,
      totalHundredths,
      evaluatedAt,
      rank: passed ? (rank += 1) : null,
    }));
  }

  /**
   * The budget is what the line has available less the awards proposed on it and not yet
   * decided; the ranking leaves out applications that failed or already hold an award.
   */
  @Roles(...GRANTS_ROLES.readWhatIf)
  @Get('what-if')
  @ApiOkResponse({ type: WhatIfResponse })
  async whatIf(@Param() { callId }: CallParams, @Query() query: WhatIfQuery): Promise<WhatIfResponse> {
    const year = programYearOf(new Date().toISOString());
    const [candidates, line, program] = await Promise.all([this.candidates(callId), this.budget.line(year, query.lineId), this.budget.program(year)]);
    const grants = GRANTS.in(this.runtime.readModels);
    const held = new Set((await grants.find({ callId, status: { $in: ACTIVE_GRANT_STATUSES } })).map((grant) => grant.applicationId));
    const pending = await grants.find({ year, lineId: query.lineId, status: 'proposed' });
    const ranking: RankedCandidate[] = candidates.flatMap(({ applicationId, passed, totalHundredths, requestedWon }) =>
      passed && totalHundredths !== null && requestedWon !== null && !held.has(applicationId) ? [{ applicationId, totalHundredths, requestedWon }] : [],
    );
    // A pending proposal will take this year's part of its award from this year's line, not its later years'.
    const claimed = (grant: GrantView) => yearPartsOfView(grant).find((part) => part.year === year)?.amount ?? 0;
    const budgetWon = line.available - pending.reduce((sum, grant) => sum + claimed(grant), 0);
    return { callId, lineId: line.lineId, ...whatIf(ranking, budgetWon, query.reducePercent ?? 0, program.maxGrantPerProject) };
  }
}
