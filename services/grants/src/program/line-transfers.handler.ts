import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { GrantsStreams, programDecider, TransferBetweenLines } from '@yunghap/grants-domain';
import { CommandMetadata, won } from '@yunghap/kernel';
import { CommandExecutor } from '@yunghap/platform-nest';
import { decideMoveRecord } from '../money/money-flow';
import { programLineMovements } from './program-line-movements';
import { TransferBetweenLinesRequest } from './program.request.dto';

/**
 * A transfer is decided on the program, the money leaves the source line (which refuses to give
 * away committed money) and reaches the target line, then the program records it
 * (grants-domain README, "Cooperation between streams"): one store transaction, so a transfer is
 * there whole or not at all.
 */
@Injectable()
export class LineTransfers {
  constructor(private readonly commands: CommandExecutor) {}

  async transfer(year: number, request: TransferBetweenLinesRequest, metadata: CommandMetadata): Promise<string> {
    const { fromLineId, toLineId, amountWon, reason } = request;
    const transferId = randomUUID();
    const command: TransferBetweenLines = {
      type: 'TransferBetweenLines',
      data: { transferId, fromLineId, toLineId, amount: won(amountWon), reason },
      metadata,
    };
    const streamId = GrantsStreams.program(year);
    await this.commands.executeInTransaction(streamId, command, (session) =>
      decideMoveRecord(session, streamId, command, programDecider, programLineMovements(year)),
    );
    return transferId;
  }
}
