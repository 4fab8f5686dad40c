import { Roles, ROLES_KEY } from './roles.decorator';

// Where @nestjs/swagger keeps `ApiExtension` values (its API_EXTENSION, not exported by the package).
const API_EXTENSION = 'swagger/apiExtension';

class Probe {
  @Roles('program-manager', 'system', 'finance')
  openProgram() {}
}

describe('@Roles', () => {
  it('allows and documents the people of a role-table row, without the platform no token can carry', () => {
    const handler = Probe.prototype.openProgram;
    expect(Reflect.getMetadata(ROLES_KEY, handler)).toEqual(['program-manager', 'finance']);
    expect(Reflect.getMetadata(API_EXTENSION, handler)).toEqual({ 'x-roles': ['program-manager', 'finance'] });
  });
});
