import { CommandMetadata } from '@yunghap/kernel';
import { deciderSpecification } from '@yunghap/testing';
import { centerId } from '../center-id';
import { actingAs } from '../testing/command-metadata.fixtures';
import { CenterDetails } from './center-details';
import { AssignStaff, RegisterCenter, StaffRole, UnassignStaff, UpdateCenterDetails } from './center.commands';
import { centerDecider } from './center.decider';
import { CenterRegistered, StaffAssigned, StaffUnassigned } from './center.events';

const spec = deciderSpecification(centerDecider);

const HONAM = centerId('honam');
const REGISTERED_AT = '2026-01-02T09:00:00+09:00';
const LATER = '2026-04-01T10:30:00+09:00';
const seeder = actingAs('system', REGISTERED_AT);
const manager = actingAs('program-manager', LATER);

const honamDetails: CenterDetails = { regionName: '호남권', institution: { nameKo: '광주TP', nameEn: 'Gwangju Technopark' } };
const renamed: CenterDetails = { ...honamDetails, institution: { ...honamDetails.institution, nameEn: 'Gwangju Techno Park' } };

const registerCenter = (metadata: CommandMetadata, details = honamDetails, id = HONAM): RegisterCenter => ({
  type: 'RegisterCenter',
  data: { centerId: id, ...details },
  metadata,
});
const updateDetails = (metadata: CommandMetadata, details = renamed, id = HONAM): UpdateCenterDetails => ({
  type: 'UpdateCenterDetails',
  data: { centerId: id, ...details },
  metadata,
});
const assignStaff = (metadata: CommandMetadata, userId: string, role: StaffRole, id = HONAM): AssignStaff => ({
  type: 'AssignStaff',
  data: { centerId: id, userId, name: `Name of ${userId}`, role },
  metadata,
});
const unassignStaff = (metadata: CommandMetadata, userId: string, id = HONAM): UnassignStaff => ({
  type: 'UnassignStaff',
  data: { centerId: id, userId },
  metadata,
});

const registered: CenterRegistered = { type: 'CenterRegistered', data: { centerId: HONAM, ...honamDetails, registeredAt: REGISTERED_AT } };
const staffAssigned = (userId: string, role: StaffRole, assignedAt = LATER): StaffAssigned => ({
  type: 'StaffAssigned',
  data: { centerId: HONAM, userId, name: `Name of ${userId}`, role, assignedAt },
});
const staffUnassigned = (userId: string, unassignedAt = LATER): StaffUnassigned => ({
  type: 'StaffUnassigned',
  data: { centerId: HONAM, userId, unassignedAt },
});

describe('center', () => {
  describe('RegisterCenter', () => {
    it('registers a new center at the instant of the command', () => {
      spec.given([]).when(registerCenter(seeder)).then([registered]);
      spec.given([]).when(registerCenter(seeder)).thenState({ status: 'registered', centerId: HONAM, details: honamDetails, staff: [] });
    });

    it('records only the detail fields, whatever else the command carries', () => {
      const padded = { ...honamDetails, institution: { ...honamDetails.institution, phone: '062-000-0000' }, note: 'x' } as CenterDetails;
      spec.given([]).when(registerCenter(seeder, padded)).then([registered]);
    });

    it('lets a program manager register a center too', () => {
      spec
        .given([])
        .when(registerCenter(manager))
        .then([{ ...registered, data: { ...registered.data, registeredAt: LATER } }]);
    });

    it('yields nothing when the center is registered again with the same details', () => {
      spec
        .given([registered])
        .when(registerCenter(actingAs('system', LATER)))
        .then([]);
    });

    it('compares against the current details, not those first registered', () => {
      const updated = { type: 'CenterDetailsUpdated' as const, data: { centerId: HONAM, ...renamed, updatedAt: LATER } };
      spec.given([registered, updated]).when(registerCenter(seeder, renamed)).then([]);
      spec.given([registered, updated]).when(registerCenter(seeder)).thenFails('CENTERS.ALREADY_REGISTERED');
    });

    it('refuses to register the center again with different details, naming the fields', () => {
      spec
        .given([registered])
        .when(registerCenter(seeder, renamed))
        .thenFails('CENTERS.ALREADY_REGISTERED', { centerId: HONAM, differingFields: ['institution.nameEn'] });
      spec
        .given([registered])
        .when(registerCenter(seeder, { regionName: '광주권', institution: { nameKo: '광주테크노파크', nameEn: 'Gwangju Technopark' } }))
        .thenFails('CENTERS.ALREADY_REGISTERED', { differingFields: ['regionName', 'institution.nameKo'] });
    });

    it.each(['center-staff', 'committee-member', 'finance', 'auditor'] as const)('is forbidden to a %s', (role) => {
      spec
        .given([])
        .when(registerCenter(actingAs(role)))
        .thenFails('CENTERS.FORBIDDEN', { action: 'RegisterCenter', role });
    });
  });

  describe('UpdateCenterDetails', () => {
    it('records the new details and the instant they changed', () => {
      spec
        .given([registered])
        .when(updateDetails(manager))
        .then([{ type: 'CenterDetailsUpdated', data: { centerId: HONAM, ...renamed, updatedAt: LATER } }]);
      spec.given([registered]).when(updateDetails(manager)).thenState({ details: renamed });
    });

    it('yields nothing when the details are unchanged', () => {
      spec.given([registered]).when(updateDetails(manager, honamDetails)).then([]);
    });

    it('refuses a center that is not registered', () => {
      spec.given([]).when(updateDetails(manager)).thenFails('CENTERS.NOT_REGISTERED', { centerId: HONAM });
    });

    it('refuses a command that reached another center’s stream', () => {
      spec
        .given([registered])
        .when(updateDetails(manager, renamed, centerId('jungbu')))
        .thenFails('CENTERS.NOT_REGISTERED', { centerId: 'jungbu' });
    });

    it('is forbidden to center staff', () => {
      spec
        .given([registered])
        .when(updateDetails(actingAs('center-staff')))
        .thenFails('CENTERS.FORBIDDEN', { action: 'UpdateCenterDetails' });
    });
  });

  describe('AssignStaff', () => {
    it('assigns staff and coordinators in order', () => {
      spec
        .given([registered])
        .when(assignStaff(manager, 'u-kim', 'coordinator'))
        .then([staffAssigned('u-kim', 'coordinator')]);
      spec
        .given([registered, staffAssigned('u-kim', 'coordinator')])
        .when(assignStaff(manager, 'u-lee', 'staff'))
        .thenState({
          staff: [
            { userId: 'u-kim', name: 'Name of u-kim', role: 'coordinator' },
            { userId: 'u-lee', name: 'Name of u-lee', role: 'staff' },
          ],
        });
    });

    it('refuses to assign someone already assigned, telling their current role but not their name', () => {
      spec
        .given([registered, staffAssigned('u-kim', 'staff')])
        .when(assignStaff(manager, 'u-kim', 'coordinator'))
        .thenFails('CENTERS.STAFF_ALREADY_ASSIGNED', { centerId: HONAM, userId: 'u-kim', role: 'staff' });
    });

    it('assigns someone again after they were unassigned, in a new role', () => {
      spec
        .given([registered, staffAssigned('u-kim', 'staff'), staffUnassigned('u-kim')])
        .when(assignStaff(manager, 'u-kim', 'coordinator'))
        .then([staffAssigned('u-kim', 'coordinator')]);
    });

    it('refuses a center that is not registered', () => {
      spec
        .given([])
        .when(assignStaff(manager, 'u-kim', 'staff'))
        .thenFails('CENTERS.NOT_REGISTERED', { centerId: HONAM });
    });

    it('is forbidden to center staff, so nobody can staff their own center', () => {
      spec
        .given([registered])
        .when(assignStaff(actingAs('center-staff'), 'u-kim', 'coordinator'))
        .thenFails('CENTERS.FORBIDDEN', { action: 'AssignStaff', role: 'center-staff' });
    });
  });

  describe('UnassignStaff', () => {
    const staffed = [registered, staffAssigned('u-kim', 'coordinator'), staffAssigned('u-lee', 'staff')];

    it('unassigns a member of staff and keeps the others', () => {
      spec
        .given(staffed)
        .when(unassignStaff(manager, 'u-kim'))
        .then([staffUnassigned('u-kim')]);
      spec
        .given(staffed)
        .when(unassignStaff(manager, 'u-kim'))
        .thenState({ staff: [{ userId: 'u-lee', name: 'Name of u-lee', role: 'staff' }] });
    });

    it('refuses someone who is not assigned, or no longer', () => {
      spec.given(staffed).when(unassignStaff(manager, 'u-park')).thenFails('CENTERS.STAFF_NOT_ASSIGNED', { centerId: HONAM, userId: 'u-park' });
      spec
        .given([...staffed, staffUnassigned('u-kim')])
        .when(unassignStaff(manager, 'u-kim'))
        .thenFails('CENTERS.STAFF_NOT_ASSIGNED');
    });

    it('refuses a center that is not registered', () => {
      spec.given([]).when(unassignStaff(manager, 'u-kim')).thenFails('CENTERS.NOT_REGISTERED');
    });

    it('is forbidden to an auditor', () => {
      spec
        .given(staffed)
        .when(unassignStaff(actingAs('auditor'), 'u-kim'))
        .thenFails('CENTERS.FORBIDDEN', { action: 'UnassignStaff', role: 'auditor' });
    });
  });

  describe('evolve', () => {
    it('ignores staff events that arrive before the registration', () => {
      expect([staffAssigned('u-kim', 'staff')].reduce(centerDecider.evolve, centerDecider.initialState())).toEqual({ status: 'unregistered' });
    });
  });
});
