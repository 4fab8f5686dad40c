import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { IsZonedInstant, OptionalField } from '@yunghap/platform-nest';

const INSTANT = { format: 'date-time', description: 'An instant with its offset (Z or ±hh:mm), at most milliseconds' } as const;

export class AsOfQuery {
  @ApiProperty({ ...INSTANT, example: '2026-06-30T23:59:59+09:00', description: `${INSTANT.description}; inclusive` }) @IsZonedInstant() readonly at!: string;
}

export class PeriodQuery {
  @ApiProperty({ ...INSTANT, example: '2026-01-01T00:00:00+09:00', description: `${INSTANT.description}; inclusive; its program year is the ledger’s` })
  @IsZonedInstant()
  readonly from!: string;
  @ApiProperty({ ...INSTANT, example: '2027-01-01T00:00:00+09:00', description: `${INSTANT.description}; exclusive` }) @IsZonedInstant() readonly to!: string;
}

export const LEDGER_FORMATS = ['csv', 'xlsx'] as const;
export type LedgerFormat = (typeof LEDGER_FORMATS)[number];

export class LedgerQuery extends PeriodQuery {
  @ApiPropertyOptional({
    enum: LEDGER_FORMATS,
    enumName: 'LedgerFormat',
    default: 'csv',
    description: 'csv (UTF-8 text) or xlsx (an Excel workbook, amounts as numbers); the same columns and rows either way',
  })
  @OptionalField()
  @IsIn(LEDGER_FORMATS)
  readonly format?: LedgerFormat;
}
