import { DomainError, DomainErrorKind } from '@yunghap/kernel';
import { centerId } from './center-id';
import { CenterError, RoutingError } from './centers.errors';

const honam = centerId('honam');

// Codes and kinds are a published contract: clients match on the code, and the kind decides the HTTP status.
const catalogue: readonly (readonly [DomainError, string, DomainErrorKind])[] = [
  [CenterError.forbidden('AssignStaff', 'center-staff'), 'CENTERS.FORBIDDEN', 'forbidden'],
  [CenterError.notRegistered(honam), 'CENTERS.NOT_REGISTERED', 'not-found'],
  [CenterError.alreadyRegistered(honam, ['regionName']), 'CENTERS.ALREADY_REGISTERED', 'conflict'],
  [CenterError.unknownCenter(honam), 'CENTERS.UNKNOWN_CENTER', 'rule'],
  [CenterError.staffAlreadyAssigned(honam, 'u-1', 'staff'), 'CENTERS.STAFF_ALREADY_ASSIGNED', 'conflict'],
  [CenterError.staffNotAssigned(honam, 'u-1'), 'CENTERS.STAFF_NOT_ASSIGNED', 'not-found'],
  [RoutingError.forbidden('ReassignProvince', 'finance'), 'ROUTING.FORBIDDEN', 'forbidden'],
  [RoutingError.notInitialised(), 'ROUTING.NOT_INITIALISED', 'conflict'],
  [RoutingError.unknownProvince('Jeju'), 'ROUTING.UNKNOWN_PROVINCE', 'rule'],
  [RoutingError.incompleteMapping(['제주']), 'ROUTING.INCOMPLETE_MAPPING', 'rule'],
  [RoutingError.sameCenter('제주', honam), 'ROUTING.SAME_CENTER', 'conflict'],
  [RoutingError.reasonRequired('제주'), 'ROUTING.REASON_REQUIRED', 'rule'],
  [RoutingError.outOfOrder('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'), 'ROUTING.OUT_OF_ORDER', 'conflict'],
];

describe('error catalogue', () => {
  it.each(catalogue)('%#: keeps its stable code and kind', (error, code, kind) => {
    expect(error).toBeInstanceOf(DomainError);
    expect([error.code, error.kind]).toEqual([code, kind]);
    expect(error.message).not.toBe('');
  });

  it('keeps a staff member’s name out of the error body', () => {
    const error = CenterError.staffAlreadyAssigned(honam, 'u-1', 'coordinator');
    expect(Object.keys(error.details).sort()).toEqual(['centerId', 'role', 'userId']);
  });
});
