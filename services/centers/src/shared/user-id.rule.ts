import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';

/**
 * A person's user id: the identity provider's subject. OpenID Connect keeps subjects to ASCII; here
 * printable and without spaces, since the id names a stream (`applicant-<userId>`) and a URL.
 */
export const USER_ID_PATTERN = /^[!-~]+$/;
export const USER_ID_MAX_LENGTH = 100;

/** A user id in a body or a path, refused at the edge (400 naming the field) when malformed. */
export const IsUserId = (): PropertyDecorator => applyDecorators(IsString(), Matches(USER_ID_PATTERN), MaxLength(USER_ID_MAX_LENGTH));

/** `/…/:userId`: a person by their user id. */
export class UserParams {
  @ApiProperty({ example: 'applicant-hanbit', pattern: USER_ID_PATTERN.source, maxLength: USER_ID_MAX_LENGTH }) @IsUserId() readonly userId!: string;
}
