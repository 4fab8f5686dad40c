import { ApiProperty } from '@nestjs/swagger';
import { STAFF_ROLES, StaffRole } from '@yunghap/centers-domain';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsNotEmpty, IsObject, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { CENTER_ID_MAX_LENGTH, CENTER_ID_PATTERN } from '../shared/center-id.rule';

const USER_ID_MAX_LENGTH = 100;

export class AssignStaffRequest {
  @ApiProperty({ example: 'kim.minji' }) @IsString() @IsNotEmpty() @MaxLength(USER_ID_MAX_LENGTH) readonly userId!: string;
  @ApiProperty({ example: '김민지' }) @IsString() @IsNotEmpty() @MaxLength(100) readonly name!: string;
  @ApiProperty({ enum: STAFF_ROLES }) @IsIn(STAFF_ROLES) readonly role!: StaffRole;
}

export class InstitutionRequest {
  @ApiProperty({ example: '광주TP' }) @IsString() @IsNotEmpty() @MaxLength(200) readonly nameKo!: string;
  @ApiProperty({ example: 'Gwangju Technopark' }) @IsString() @IsNotEmpty() @MaxLength(200) readonly nameEn!: string;
}

export class UpdateCenterRequest {
  @ApiProperty({ example: '호남권' }) @IsString() @IsNotEmpty() @MaxLength(100) readonly regionName!: string;
  // ValidateNested alone lets an array through (it validates the items), and the decider would read no names from it.
  @ApiProperty({ type: InstitutionRequest })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => InstitutionRequest)
  readonly institution!: InstitutionRequest;
}

/** `/centers/:centerId`: an id that cannot be a center's is refused before any lookup. */
export class CenterParams {
  @ApiProperty({ example: 'honam' }) @IsString() @Matches(CENTER_ID_PATTERN) @MaxLength(CENTER_ID_MAX_LENGTH) readonly centerId!: string;
}

/** `/centers/:centerId/staff/:userId`, with the limits `AssignStaffRequest` puts on user ids. */
export class StaffMemberParams extends CenterParams {
  @ApiProperty({ example: 'kim.minji' }) @IsString() @IsNotEmpty() @MaxLength(USER_ID_MAX_LENGTH) readonly userId!: string;
}
