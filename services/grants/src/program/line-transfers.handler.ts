import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { budgetLineDecider, GrantsStreams, programDecider, TransferBetweenLines } from '@yunghap/grants-domain';
import { foldStream, handleCommand } from '@yunghap/event-store';
import { CommandMetadata, isDomainError, won } from '@yunghap/kernel';
import { DomainRefusal, SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { TransferBetweenLinesRequest } from './program.request.dto';

/**
 * A transfer is decided on the program, then the money leaves the source line (which refuses to
 * give away committed money), then the program records it and the target line receives it
 * (grants-domain README, "Transfers"). A program that refuses the transfer after the source line
 * paid out gets the money put back on that line.
 */
@Injectable()
export class LineTransfers {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  async transfer(year: number, request: TransferBetweenLinesRequest, metadata: CommandMetadata): Promise<string> {
    const { store } = this.runtime;
    const { fromLineId, toLineId, amountWon, reason } = request;
    const transferId = randomUUID();
    const amount = won(amountWon);
    const command: TransferBetweenLines = { type: 'TransferBetweenLines', data: { transferId, fromLineId, toLineId, amount, reason }, metadata };
    const refused = programDecider.decide(command, foldStream(await store.readStream(GrantsStreams.program(year)), programDecider));
    if (isDomainError(refused)) throw new DomainRefusal(refused);

    const out = await handleCommand(store, GrantsStreams.budgetLine(year, fromLineId), { type: 'TransferOutOfLine', data: { lineId: fromLineId, transferId, toLineId, amount, reason }, metadata }, budgetLineDecider);
    if (!out.ok) throw new DomainRefusal(out.error);

    const recorded = await handleCommand(store, GrantsStreams.program(year), command, programDecider);
    if (!recorded.ok) {
      // The program changed since we decided (a concurrent transfer): the money goes back to its
      // line, as a movement of its own, so the ledger shows both and the line stays whole.
      const back = { lineId: fromLineId, transferId: `${transferId}-returned`, fromLineId, amount, reason: `transfer refused: ${recorded.error.code}` };
      const returned = await handleCommand(store, GrantsStreams.budgetLine(year, fromLineId), { type: 'TransferIntoLine', data: back, metadata }, budgetLineDecider);
      if (!returned.ok) throw new DomainRefusal(returned.error);
      throw new DomainRefusal(recorded.error);
    }

    const into = await handleCommand(store, GrantsStreams.budgetLine(year, toLineId), { type: 'TransferIntoLine', data: { lineId: toLineId, transferId, fromLineId, amount, reason }, metadata }, budgetLineDecider);
    if (!into.ok) throw new DomainRefusal(into.error);
    return transferId;
  }
}
