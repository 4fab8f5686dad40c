import { ApiProperty } from '@nestjs/swagger';
import { NO_CALL_KEY, REPORT_GROUPINGS, ReportGrouping, UNKNOWN_KEY } from '@yunghap/grants-domain';

const count = (description: string) => ApiProperty({ type: 'integer', minimum: 0, description });
const amount = (description: string) => ApiProperty({ type: 'integer', minimum: 0, description: `${description}; whole won` });

export class ReportFiguresResponse {
  @count('접수: applications with a submission, screening or evaluation noted by then')
  readonly applicationsReceived!: number;
  @count('적격: of those, screened eligible') readonly eligible!: number;
  @count('평가: of those, with the committee’s result') readonly evaluated!: number;
  @count('선정(통과): of those, the evaluation passed') readonly passed!: number;
  @count('지원 확정: grants approved by finance and not cancelled by then') readonly awarded!: number;
  @amount('신청액: the government grant the applications received asked for (the screened figure, else the submitted one)') readonly requestedWon!: number;
  @amount('지원액: the whole award, every fiscal year, of the grants counted in awarded') readonly awardedWon!: number;
  @amount('집행액: tranches paid, gross (a recovery or a later cancellation does not reduce it)') readonly disbursedWon!: number;
  @amount('환수액: recoveries approved') readonly recoveredWon!: number;
  @count('멘토링 건수: distinct engagements with a mentoring allocation approved and not released') readonly mentoringEngagements!: number;
  @amount('멘토링 배정액: those allocations') readonly mentoringAllocatedWon!: number;
}

export class ReportRowResponse extends ReportFiguresResponse {
  @ApiProperty({
    example: 'jungbu',
    description:
      `구분: the center id, the province (17 short names, all listed, in the statistical order), the call id or the budget line id; ` +
      `${UNKNOWN_KEY} (unknown) for what the recorded facts do not place, ${NO_CALL_KEY} under call for mentoring of a consortium that has not applied`,
  })
  readonly key!: string;
}

export class MinistryReportResponse {
  @ApiProperty({
    format: 'date-time',
    example: '2026-06-30T23:59:59+09:00',
    description: 'The instant the report is as of, as asked (seconds added when left out), or now',
  })
  readonly at!: string;
  @ApiProperty({ enum: REPORT_GROUPINGS, enumName: 'ReportGrouping' }) readonly groupBy!: ReportGrouping;
  @ApiProperty({ type: [ReportRowResponse], description: `One row per group, by key; ${UNKNOWN_KEY} and ${NO_CALL_KEY} last` })
  readonly rows!: readonly ReportRowResponse[];
  @ApiProperty({ type: ReportFiguresResponse, description: '합계: the sum of the rows' }) readonly totals!: ReportFiguresResponse;
}
