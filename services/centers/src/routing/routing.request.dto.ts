import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { KNOWN_CENTER_IDS } from '../shared/center-id.rule';
import { IsZonedInstant, NonBlankText } from '@yunghap/platform-nest';

export class ReassignProvinceRequest {
  @ApiProperty({ enum: KNOWN_CENTER_IDS, example: 'jungbu' }) @IsIn(KNOWN_CENTER_IDS) readonly centerId!: string;
  @ApiProperty({ example: '제주 applications move to the 중부권 center from April', description: 'Kept in the audit trail; not blank' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  @NonBlankText()
  readonly reason!: string;
}

export class MappingAtQuery {
  @ApiProperty({ example: '2026-03-02T10:00:00+09:00', description: 'An instant with its offset (Z or ±hh:mm), at most milliseconds' })
  @IsString()
  @IsZonedInstant()
  readonly at!: string;
}
