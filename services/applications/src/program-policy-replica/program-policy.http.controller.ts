import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { APPLICATIONS_ROLES } from '@yunghap/applications-domain';
import { Roles } from '@yunghap/platform-nest';
import { ProgramLimitReader } from './program-limit.queries';
import { ProgramPolicyResponse, programPolicyOf } from './program-policy.response.dto';

/** The caps per project this service screens with: its replica of the grants context's program policy. */
@ApiTags('routing')
@ApiBearerAuth()
@Controller('api/applications/program-policy')
export class ProgramPolicyHttpController {
  constructor(private readonly limits: ProgramLimitReader) {}

  @Roles(...APPLICATIONS_ROLES.readProgramPolicy)
  @Get()
  @ApiOkResponse({ type: ProgramPolicyResponse })
  async caps(): Promise<ProgramPolicyResponse> {
    return programPolicyOf(await this.limits.caps());
  }
}
