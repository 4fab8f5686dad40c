import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REPORT_GROUPINGS, ReportGrouping } from '@yunghap/grants-domain';
import { IsZonedInstant, OptionalField } from '@yunghap/platform-nest';
import { IsIn } from 'class-validator';

export const REPORT_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export class ReportQuery {
  @ApiProperty({
    enum: REPORT_GROUPINGS,
    enumName: 'ReportGrouping',
    description: 'One row per regional center (센터별), lead firm’s province (시·도별), call (공고별) or budget line (내역사업별)',
  })
  @IsIn(REPORT_GROUPINGS)
  readonly groupBy!: ReportGrouping;

  @ApiPropertyOptional({
    format: 'date-time',
    example: '2026-06-30T23:59:59+09:00',
    description: 'The report as of this instant (inclusive), with its offset (Z or ±hh:mm), at most milliseconds; now when absent',
  })
  @OptionalField()
  @IsZonedInstant()
  readonly at?: string;

  @ApiPropertyOptional({
    enum: REPORT_FORMATS,
    enumName: 'ReportFormat',
    default: 'json',
    description: 'json (this schema), csv (UTF-8 with a byte-order mark, Korean column heads) or xlsx (an Excel workbook); the same rows and totals',
  })
  @OptionalField()
  @IsIn(REPORT_FORMATS)
  readonly format?: ReportFormat;
}
