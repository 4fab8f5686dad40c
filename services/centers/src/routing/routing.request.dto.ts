import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

export class ReassignProvinceRequest {
  @ApiProperty({ example: 'jungbu' }) @IsString() @Matches(/^[a-z][a-z0-9-]*$/) readonly centerId!: string;
  @ApiProperty({ example: '제주 applications move to the 중부권 center from April' }) @IsString() @IsNotEmpty() @MaxLength(500) readonly reason!: string;
}

export class MappingAtQuery {
  @ApiProperty({ example: '2026-03-02T10:00:00+09:00' }) @IsISO8601({ strict: true }) readonly at!: string;
}
