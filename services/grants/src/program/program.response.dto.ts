import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@yunghap/platform-nest';

const WON = { type: 'integer', description: 'Whole won' } as const;

export class LineResponse {
  @ApiProperty({ example: 'it-convergence' }) readonly lineId!: string;
  @ApiProperty({ example: 'IT융합' }) readonly nameKo!: string;
  @ApiProperty({ example: 'IT convergence' }) readonly nameEn!: string;
  @ApiProperty({ ...WON, example: 1_500_000_000, description: 'What the program allocates to the line' }) readonly amount!: number;
  @ApiProperty({ ...WON, example: 1_100_000_000 }) readonly available!: number;
  @ApiProperty({ ...WON, example: 400_000_000, description: 'Approved and not yet paid' }) readonly committed!: number;
  @ApiProperty({ ...WON, example: 0 }) readonly disbursed!: number;
  @ApiProperty({ ...WON, example: 0 }) readonly recovered!: number;
  @ApiProperty({ type: [String], description: 'What is wrong with the figures; empty when available + committed + disbursed − recovered = amount' })
  readonly violations!: readonly string[];
}

export class LinePageResponse extends PageResponse(LineResponse, 'In the order the program defined them') {}

export class ProgramResponse {
  @ApiProperty({ type: 'integer', example: 2026 }) readonly year!: number;
  @ApiProperty({ ...WON, example: 40_000_000_000 }) readonly total!: number;
  @ApiProperty({ ...WON, example: 500_000_000, description: 'The most one project may be granted this year: the program policy applications screens with' })
  readonly maxGrantPerProject!: number;
  @ApiProperty({ ...WON, example: 25_500_000_000, description: 'What the lines hold together' }) readonly allocated!: number;
  @ApiProperty({ ...WON, example: 14_500_000_000, description: 'The reserve new lines are opened from' }) readonly unallocated!: number;
  @ApiProperty({ type: [LineResponse] }) readonly lines!: readonly LineResponse[];
}

export class TransferResponse {
  @ApiProperty({ format: 'uuid' }) readonly transferId!: string;
  @ApiProperty({ type: LineResponse, description: 'The source line after the transfer' }) readonly from!: LineResponse;
  @ApiProperty({ type: LineResponse, description: 'The target line after the transfer' }) readonly to!: LineResponse;
}

export class BudgetCheckResponse {
  @ApiProperty({ type: 'integer', example: 2026 }) readonly year!: number;
  @ApiProperty({ description: 'True when no line and not the program has a violation' }) readonly ok!: boolean;
  @ApiProperty({ type: [String], description: 'Empty unless the lines allocate more than the program total' }) readonly programViolations!: readonly string[];
  @ApiProperty({ type: [LineResponse], description: "Each line with its own violations and any gap to the program's allocation" })
  readonly lines!: readonly LineResponse[];
}
