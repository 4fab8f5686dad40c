import { ApiProperty } from '@nestjs/swagger';
import { STAFF_ROLES, StaffRole } from '@yunghap/centers-domain';
import { Type } from 'class-transformer';
import { IsIn, IsNotEmpty, IsString, MaxLength, ValidateNested, IsDefined } from 'class-validator';

export class AssignStaffRequest {
  @ApiProperty({ example: 'kim.minji' }) @IsString() @IsNotEmpty() @MaxLength(100) readonly userId!: string;
  @ApiProperty({ example: '김민지' }) @IsString() @IsNotEmpty() @MaxLength(100) readonly name!: string;
  @ApiProperty({ enum: STAFF_ROLES }) @IsIn(STAFF_ROLES) readonly role!: StaffRole;
}

export class InstitutionRequest {
  @ApiProperty({ example: '광주TP' }) @IsString() @IsNotEmpty() @MaxLength(200) readonly nameKo!: string;
  @ApiProperty({ example: 'Gwangju Technopark' }) @IsString() @IsNotEmpty() @MaxLength(200) readonly nameEn!: string;
}

export class UpdateCenterRequest {
  @ApiProperty({ example: '호남권' }) @IsString() @IsNotEmpty() @MaxLength(100) readonly regionName!: string;
  @ApiProperty({ type: InstitutionRequest }) @IsDefined() @ValidateNested() @Type(() => InstitutionRequest) readonly institution!: InstitutionRequest;
}
