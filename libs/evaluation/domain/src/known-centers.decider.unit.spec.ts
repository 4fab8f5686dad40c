import { CommandMetadata } from '@yunghap/kernel';
import { deciderSpecification } from '@yunghap/testing';
import { CenterKnown, knownCentersDecider, RecordRoutedCenters } from './known-centers.decider';

const platform: CommandMetadata = { now: '2025-01-01T00:00:00+09:00', actor: { userId: 'yunghap', role: 'system' } };
const routed = (...centerIds: string[]): RecordRoutedCenters => ({ type: 'RecordRoutedCenters', data: { centerIds }, metadata: platform });
const known = (centerId: string): CenterKnown => ({ type: 'CenterKnown', data: { centerId } });

const spec = deciderSpecification(knownCentersDecider);

describe('the centers evaluation knows of', () => {
  it('learns each center a routing change names, once', () => {
    spec
      .given([])
      .when(routed('jungbu'))
      .then([known('jungbu')]);
    spec
      .given([known('honam')])
      .when(routed('honam', 'jeju', 'jeju'))
      .then([known('jeju')]);
    spec
      .given([known('honam'), known('jeju')])
      .when(routed('jeju', 'honam'))
      .then([]);
  });

  it('is told by the platform only', () => {
    const byManager = { ...routed('jungbu'), metadata: { ...platform, actor: { userId: 'pm-kim', role: 'program-manager' as const } } };
    spec.given([]).when(byManager).thenFails('KNOWN_CENTERS.ROLE_NOT_ALLOWED', { role: 'program-manager' });
  });
});
