import { ApiProperty } from '@nestjs/swagger';
import { SUBJECT_PATTERN } from '@yunghap/personal-data';
import { IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { NonBlankText } from '../http/non-blank-text';

export class ProposeErasureRequest {
  @ApiProperty({
    example: 'applicant:u-7f3a',
    description: 'The person, as `<kind>:<id>`: applicant:<userId>, staff:<userId>, committee-member:<userId> or mentor:<mentorId>, as the service holds them',
    maxLength: 241,
  })
  @IsString()
  @MaxLength(241)
  @Matches(SUBJECT_PATTERN)
  readonly subject!: string;

  @ApiProperty({ example: '보존기간(5년) 만료에 따른 파기', description: 'The ground, kept in the audit log; not blank', maxLength: 500 })
  @IsString()
  @MaxLength(500)
  @NonBlankText()
  readonly reason!: string;
}

export class RejectErasureRequest {
  @ApiProperty({ example: '감사 진행 중이라 보존', description: 'Why the data stays, kept in the audit log; not blank', maxLength: 500 })
  @IsString()
  @MaxLength(500)
  @NonBlankText()
  readonly reason!: string;
}

export class ErasureRequestParams {
  @ApiProperty({
    format: 'uuid',
    description: 'The erasure request',
    maxLength: 36,
    pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
  })
  @IsUUID()
  readonly requestId!: string;
}
