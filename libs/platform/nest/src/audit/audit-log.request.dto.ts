import { ApiProperty } from '@nestjs/swagger';
import { Matches, MaxLength } from 'class-validator';

/** Up to ten ids of the kind services issue (OPAQUE_ID, uuids included), comma-separated. */
const SUBJECTS = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}(,[A-Za-z0-9][A-Za-z0-9._-]{0,99}){0,9}$/;

export class EvidenceQuery {
  @ApiProperty({
    example: 'app-2026-0001,3f9b2c4e-8a1d-4e6f-b2c3-5d7e9f1a2b3c',
    description: 'Up to 10 ids (an application, a grant…), comma-separated: the part holds every event whose data names one of them',
  })
  @MaxLength(1_009)
  @Matches(SUBJECTS)
  readonly subjects!: string;
}
