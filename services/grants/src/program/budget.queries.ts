import { Inject, Injectable } from '@nestjs/common';
import {
  BudgetLineEvent,
  budgetLineDecider,
  BudgetLineState,
  checkLineInvariant,
  GrantsStreams,
  LineBalance,
  lineBalance,
  OpenProgramState,
  ProgramEvent,
  ProgramLine,
  programDecider,
  TimedEvent,
} from '@yunghap/grants-domain';
import { foldStream, RecordedEvent } from '@yunghap/event-store';
import { Page, pageOf, PageQuery, ProblemException, SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';

export interface LineView extends LineBalance {
  readonly lineId: string;
  readonly nameKo: string;
  readonly nameEn: string;
  /** What is wrong with the line's figures; empty when the money invariant holds. */
  readonly violations: readonly string[];
}

const timed = <E>(events: readonly RecordedEvent[]): TimedEvent<E>[] =>
  events.map((recorded) => ({ event: { type: recorded.type, data: recorded.data } as E, occurredAt: recorded.metadata.occurredAt }));

/**
 * Reads the program and its lines straight from their streams rather than from a read model:
 * finance asks for exact figures, and a handful of short streams is cheap to fold.
 */
@Injectable()
export class BudgetReader {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  async program(year: number): Promise<OpenProgramState> {
    const state = foldStream(await this.runtime.store.readStream(GrantsStreams.program(year)), programDecider);
    if (state.status !== 'open') throw ProblemException.notFound('program', String(year));
    return state;
  }

  /** The lines the program defines, each with its five figures and the invariant check. */
  async lines(year: number): Promise<LineView[]> {
    const program = await this.program(year);
    return Promise.all(Object.entries(program.lines).map((entry) => this.lineView(year, entry)));
  }

  /** One page of the lines: only its lines' streams are read. */
  async linePage(year: number, query: PageQuery): Promise<Page<LineView>> {
    const page = pageOf(Object.entries((await this.program(year)).lines), query);
    return { ...page, items: await Promise.all(page.items.map((entry) => this.lineView(year, entry))) };
  }

  private async lineView(year: number, [lineId, { nameKo, nameEn }]: [string, ProgramLine]): Promise<LineView> {
    const state = await this.lineState(year, lineId);
    return { lineId, nameKo, nameEn, ...lineBalance(state), violations: checkLineInvariant(state) };
  }

  async line(year: number, lineId: string): Promise<LineView> {
    const line = (await this.lines(year)).find((candidate) => candidate.lineId === lineId);
    if (!line) throw ProblemException.notFound('line', lineId);
    return line;
  }

  lineState(year: number, lineId: string): Promise<BudgetLineState> {
    return this.runtime.store.readStream(GrantsStreams.budgetLine(year, lineId)).then((events) => foldStream(events, budgetLineDecider));
  }

  /** Every event of the program and of its lines with the instant it was decided, for the as-of budget. */
  async history(year: number): Promise<{ program: TimedEvent<ProgramEvent>[]; lines: TimedEvent<BudgetLineEvent>[] }> {
    const program = await this.program(year);
    const lines = await Promise.all(Object.keys(program.lines).map((lineId) => this.lineHistory(year, lineId)));
    return { program: timed(await this.runtime.store.readStream(GrantsStreams.program(year))), lines: lines.flat() };
  }

  async lineHistory(year: number, lineId: string): Promise<TimedEvent<BudgetLineEvent>[]> {
    return timed(await this.runtime.store.readStream(GrantsStreams.budgetLine(year, lineId)));
  }
}
