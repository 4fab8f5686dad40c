import { CommandMetadata, Province } from '@yunghap/kernel';
import { deciderSpecification } from '@yunghap/testing';
import { CenterId, centerId } from '../center-id';
import { seedRoutingSetup } from '../seed/centers.seed';
import { actingAs } from '../testing/command-metadata.fixtures';
import { provinceReassigned, seededRouting } from '../testing/routing-events.fixtures';
import { InitialiseRouting, ReassignProvince, RoutingSetup } from './routing.commands';
import { routingDecider } from './routing.decider';

const spec = deciderSpecification(routingDecider);

const SEEDED_AT = '2026-01-01T00:00:00+09:00';
const MARCH = '2026-03-02T09:00:00+09:00';
const JUNE = '2026-06-01T09:00:00+09:00';

const honam = centerId('honam');
const jungbu = centerId('jungbu');
const gyeongnam = centerId('gyeongnam');

const initialise = (metadata: CommandMetadata, setup: RoutingSetup = seedRoutingSetup()): InitialiseRouting => ({
  type: 'InitialiseRouting',
  data: setup,
  metadata,
});
const reassign = (
  province: Province,
  toCenterId: CenterId,
  metadata = actingAs('program-manager', MARCH),
  reason = 'Regional capacity review',
): ReassignProvince => ({
  type: 'ReassignProvince',
  data: { province, toCenterId, reason },
  metadata,
});

const seeded = seededRouting(SEEDED_AT);

describe('province routing', () => {
  describe('InitialiseRouting', () => {
    it('records the seed as mapping version 1, effective at the instant of the command', () => {
      spec
        .given([])
        .when(initialise(actingAs('system', SEEDED_AT)))
        .then([seeded]);
      spec
        .given([])
        .when(initialise(actingAs('system', SEEDED_AT)))
        .thenState({ status: 'initialised', mapping: { mappingVersion: 1, effectiveAt: SEEDED_AT, provinces: seedRoutingSetup().provinces } });
    });

    it('lets a program manager initialise the routing too', () => {
      spec
        .given([])
        .when(initialise(actingAs('program-manager', SEEDED_AT)))
        .then([seeded]);
    });

    it('lists each known center once', () => {
      const { centerIds, provinces } = seedRoutingSetup();
      spec
        .given([])
        .when(initialise(actingAs('system', SEEDED_AT), { centerIds: [...centerIds, honam], provinces }))
        .then([seeded]);
    });

    it('yields nothing once initialised, so re-seeding cannot undo a reassignment', () => {
      const reassigned = provinceReassigned('제주', honam, jungbu, 2, MARCH);
      spec
        .given([seeded, reassigned])
        .when(initialise(actingAs('system', JUNE)))
        .then([]);
      spec
        .given([seeded, reassigned])
        .when(initialise(actingAs('system', JUNE)))
        .thenState({ mapping: { mappingVersion: 2, effectiveAt: MARCH, provinces: { ...seedRoutingSetup().provinces, 제주: jungbu } } });
    });

    it('refuses a mapping that leaves provinces out', () => {
      const { centerIds, provinces } = seedRoutingSetup();
      const { 제주: _jeju, 세종: _sejong, ...partial } = provinces;
      spec
        .given([])
        .when(initialise(actingAs('system'), { centerIds, provinces: partial as RoutingSetup['provinces'] }))
        .thenFails('ROUTING.INCOMPLETE_MAPPING', { missing: ['세종', '제주'] });
    });

    it('refuses a key that is not a province', () => {
      const { centerIds, provinces } = seedRoutingSetup();
      const withStray = { ...provinces, Jeju: honam } as RoutingSetup['provinces'];
      spec
        .given([])
        .when(initialise(actingAs('system'), { centerIds, provinces: withStray }))
        .thenFails('ROUTING.UNKNOWN_PROVINCE', { province: 'Jeju' });
    });

    it('refuses a province routed to a center outside the known ones', () => {
      const { centerIds, provinces } = seedRoutingSetup();
      spec
        .given([])
        .when(initialise(actingAs('system'), { centerIds: centerIds.filter((id) => id !== gyeongnam), provinces }))
        .thenFails('CENTERS.UNKNOWN_CENTER', { centerId: gyeongnam });
    });

    it.each(['center-staff', 'committee-member', 'finance', 'auditor'] as const)('is forbidden to a %s', (role) => {
      spec
        .given([])
        .when(initialise(actingAs(role)))
        .thenFails('ROUTING.FORBIDDEN', { action: 'InitialiseRouting', role });
    });
  });

  describe('ReassignProvince', () => {
    it('moves a province, recording where from, why, the next mapping version and when', () => {
      spec
        .given([seeded])
        .when(reassign('제주', jungbu))
        .then([provinceReassigned('제주', honam, jungbu, 2, MARCH)]);
    });

    it('numbers every further change and keeps the rest of the mapping', () => {
      const first = provinceReassigned('제주', honam, jungbu, 2, MARCH);
      spec
        .given([seeded, first])
        .when(reassign('강원', centerId('gyeongin'), actingAs('program-manager', JUNE), 'Staff moved to Seoul'))
        .then([provinceReassigned('강원', centerId('gyeonggi-gangwon'), centerId('gyeongin'), 3, JUNE, 'Staff moved to Seoul')]);
      spec
        .given([seeded, first])
        .when(reassign('제주', gyeongnam, actingAs('program-manager', JUNE)))
        .thenState({
          mapping: { mappingVersion: 3, effectiveAt: JUNE, provinces: { ...seedRoutingSetup().provinces, 제주: gyeongnam } },
        });
    });

    it('accepts a change at the same instant as the previous one', () => {
      spec
        .given([seeded, provinceReassigned('제주', honam, jungbu, 2, MARCH)])
        .when(reassign('제주', gyeongnam))
        .then([provinceReassigned('제주', jungbu, gyeongnam, 3, MARCH)]);
    });

    it.each(['center-staff', 'system', 'finance', 'auditor', 'committee-member'] as const)('is forbidden to a %s', (role) => {
      spec
        .given([seeded])
        .when(reassign('제주', jungbu, actingAs(role, MARCH)))
        .thenFails('ROUTING.FORBIDDEN', { action: 'ReassignProvince', role });
    });

    it('refuses before the routing is initialised', () => {
      spec.given([]).when(reassign('제주', jungbu)).thenFails('ROUTING.NOT_INITIALISED');
    });

    it('refuses a province code outside the 17', () => {
      spec
        .given([seeded])
        .when(reassign('Jeju' as Province, jungbu))
        .thenFails('ROUTING.UNKNOWN_PROVINCE', { province: 'Jeju' });
    });

    it('refuses a center that is not one of the known seven', () => {
      spec
        .given([seeded])
        .when(reassign('제주', centerId('jeju')))
        .thenFails('CENTERS.UNKNOWN_CENTER', { centerId: 'jeju' });
    });

    it('refuses a change without a reason', () => {
      spec
        .given([seeded])
        .when(reassign('제주', jungbu, undefined, '  \n'))
        .thenFails('ROUTING.REASON_REQUIRED', { province: '제주' });
    });

    it('refuses to reassign a province to the center it already belongs to', () => {
      spec.given([seeded]).when(reassign('제주', honam)).thenFails('ROUTING.SAME_CENTER', { province: '제주', centerId: honam });
      spec
        .given([seeded, provinceReassigned('제주', honam, jungbu, 2, MARCH)])
        .when(reassign('제주', jungbu, actingAs('program-manager', JUNE)))
        .thenFails('ROUTING.SAME_CENTER', { centerId: jungbu });
    });

    it('refuses a change that would take effect before the one in force, comparing instants rather than text', () => {
      // 09:15 in Seoul is 00:15 UTC: earlier than 00:30 UTC, though it sorts later as text.
      spec
        .given([seeded, provinceReassigned('제주', honam, jungbu, 2, '2026-06-01T00:30:00Z')])
        .when(reassign('강원', centerId('gyeongin'), actingAs('program-manager', '2026-06-01T09:15:00+09:00')))
        .thenFails('ROUTING.OUT_OF_ORDER', { effectiveAt: '2026-06-01T09:15:00+09:00', lastEffectiveAt: '2026-06-01T00:30:00Z' });
      spec
        .given([seeded, provinceReassigned('제주', honam, jungbu, 2, JUNE)])
        .when(reassign('강원', centerId('gyeongin'), actingAs('program-manager', '2026-06-01T00:00:00Z')))
        .then([provinceReassigned('강원', centerId('gyeonggi-gangwon'), centerId('gyeongin'), 3, '2026-06-01T00:00:00Z')]);
    });
  });

  describe('evolve', () => {
    it('ignores a reassignment that arrives before the initialisation', () => {
      const state = [provinceReassigned('제주', honam, jungbu, 2, MARCH)].reduce(routingDecider.evolve, routingDecider.initialState());
      expect(state).toEqual({ status: 'uninitialised' });
    });
  });
});
