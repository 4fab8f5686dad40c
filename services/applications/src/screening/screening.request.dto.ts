import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { HasNoNul } from '../shared/request-validators';

export class ReturnApplicationRequest {
  @ApiProperty({ example: '예산 계획서의 인건비 근거 보완 필요', description: 'What the applicant must revise; an application is returned once at most' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  @HasNoNul()
  readonly reason!: string;
}
