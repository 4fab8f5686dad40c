import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CENTERS_ROLES } from '@yunghap/centers-domain';
import { Roles, SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { APPLICANTS } from '../applicants/applicant-view.projection';
import { CENTERS } from '../centers/center-view.projection';
import { UserParams } from '../shared/user-id.rule';
import { personResponse } from './person.presenter';
import { PersonResponse } from './person.response.dto';

/**
 * Who a person is in the centers' records, asked by the gateway at sign-in and at every token
 * renewal. Read from the views the staff and registration commands wait for, so a change a
 * command has answered is in the next answer (and a 202's position can be awaited with
 * Yunghap-Min-Position, as for every read).
 */
@ApiTags('people')
@ApiBearerAuth()
@Controller('api/centers/people')
export class PeopleHttpController {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  @Roles(...CENTERS_ROLES.readPeople)
  @Get(':userId')
  @ApiOkResponse({ type: PersonResponse, description: 'An unknown person is 200 with no staff and no applicant, not 404' })
  async person(@Param() { userId }: UserParams): Promise<PersonResponse> {
    const { readModels } = this.runtime;
    // Seven centers: the staff lists are read whole rather than indexed by person.
    const [centers, applicant] = await Promise.all([
      CENTERS.in(readModels).find({ 'staff.userId': userId }, { sort: { _id: 1 } }),
      APPLICANTS.in(readModels).findOne({ _id: userId }),
    ]);
    return personResponse(userId, centers, applicant);
  }
}
