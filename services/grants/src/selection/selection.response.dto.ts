import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@yunghap/platform-nest';

export class CandidateResponse {
  @ApiProperty() readonly applicationId!: string;
  @ApiProperty({ example: 'call-2026-it' }) readonly callId!: string;
  @ApiProperty({ example: 'jungbu' }) readonly centerId!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Null until the submission reached grants' }) readonly title!: string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Whole won; the screened amount once screened' }) readonly requestedWon!: number | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'The screening result; null until screened' }) readonly eligible!: boolean | null;
  @ApiProperty({ type: Boolean, nullable: true, description: "The committee's result; null until evaluated" }) readonly passed!: boolean | null;
  @ApiProperty({ type: 'integer', nullable: true, example: 8_750, description: 'Total score in hundredths of a point; null until evaluated' })
  readonly totalHundredths!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'When the committee finished, ISO 8601 as the evaluation service stated it; null until evaluated' })
  readonly evaluatedAt!: string | null;
  @ApiProperty({ type: 'integer', nullable: true, minimum: 1, description: 'Place among those that passed; null for the others' }) readonly rank!:
    number | null;
}

export class CandidatePageResponse extends PageResponse(CandidateResponse, 'Best total first; candidates not yet evaluated last') {}

export class WhatIfRowResponse {
  @ApiProperty() readonly applicationId!: string;
  @ApiProperty({ type: 'integer', example: 8_750 }) readonly totalHundredths!: number;
  @ApiProperty({ type: 'integer', description: 'Whole won, as requested' }) readonly requestedWon!: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) readonly rank!: number;
  @ApiProperty({ type: 'integer', description: 'Whole won after the cut, capped per project' }) readonly amountWon!: number;
  @ApiProperty() readonly funded!: boolean;
  @ApiProperty({ type: 'integer', nullable: true, description: 'What the funded candidates down to this one take together; null below the reach' })
  readonly cumulativeWon!: number | null;
}

export class WhatIfResponse {
  @ApiProperty({ example: 'call-2026-it' }) readonly callId!: string;
  @ApiProperty({ example: 'it-convergence' }) readonly lineId!: string;
  @ApiProperty({ type: 'integer', description: "Whole won: the line's available money less the awards proposed on it and not yet decided (may be negative)" })
  readonly budgetWon!: number;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 90 }) readonly reducePercent!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) readonly fundedCount!: number;
  @ApiProperty({ type: 'integer', description: 'Whole won' }) readonly fundedWon!: number;
  @ApiProperty({ type: 'integer', description: 'Whole won' }) readonly leftWon!: number;
  @ApiProperty({ type: [WhatIfRowResponse], description: 'The passed candidates without an award, in ranking order' })
  readonly rows!: readonly WhatIfRowResponse[];
}
