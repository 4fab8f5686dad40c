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
 * (grants-domain README, "Transfers"). Both line commands carry the transfer id, so repeating a
 * half-done transfer completes it without moving anything twice.
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

    const steps = [
      () => handleCommand(store, GrantsStreams.budgetLine(year, fromLineId), { type: 'TransferOutOfLine', data: { lineId: fromLineId, transferId, toLineId, amount, reason }, metadata }, budgetLineDecider),
      () => handleCommand(store, GrantsStreams.program(year), command, programDecider),
      () => handleCommand(store, GrantsStreams.budgetLine(year, toLineId), { type: 'TransferIntoLine', data: { lineId: toLineId, transferId, fromLineId, amount, reason }, metadata }, budgetLineDecider),
    ];
    for (const step of steps) {
      const result = await step();
      if (!result.ok) throw new DomainRefusal(result.error);
    }
    return transferId;
  }
}
