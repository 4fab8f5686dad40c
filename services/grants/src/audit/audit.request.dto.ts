import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601 } from 'class-validator';

export class AsOfQuery {
  @ApiProperty({ example: '2025-06-30T23:59:59+09:00', description: 'Instant with an offset; inclusive' }) @IsISO8601({ strict: true }) readonly at!: string;
}

export class PeriodQuery {
  @ApiProperty({ example: '2025-01-01T00:00:00+09:00', description: 'Start, inclusive' }) @IsISO8601({ strict: true }) readonly from!: string;
  @ApiProperty({ example: '2026-01-01T00:00:00+09:00', description: 'End, exclusive' }) @IsISO8601({ strict: true }) readonly to!: string;
}
