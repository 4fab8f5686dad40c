import { CommandMetadata } from '@yunghap/kernel';
import { deciderSpecification } from '@yunghap/testing';
import { ProvinceRouting, ProvinceRoutingRecorded, RecordProvinceRouting, routingReplicaDecider } from './routing-replica.decider';

const platform: CommandMetadata = { now: '2026-03-02T09:00:00+09:00', actor: { userId: 'yunghap', role: 'system' } };
const jejuToHonam: ProvinceRouting = {
  province: '제주',
  fromCenterId: 'jeju',
  toCenterId: 'honam',
  mappingVersion: 2,
  effectiveAt: '2026-04-01T00:00:00+09:00',
};
const record = (routing: Omit<ProvinceRouting, 'province'> & { readonly province: string }): RecordProvinceRouting => ({
  type: 'RecordProvinceRouting',
  data: routing,
  metadata: platform,
});
const recorded = (routing: ProvinceRouting): ProvinceRoutingRecorded => ({ type: 'ProvinceRoutingRecorded', data: routing });

const spec = deciderSpecification(routingReplicaDecider);

describe('the routing replica', () => {
  it('records a routing change once, however often it is published', () => {
    spec
      .given([])
      .when(record(jejuToHonam))
      .then([recorded(jejuToHonam)]);
    spec
      .given([recorded(jejuToHonam)])
      .when(record(jejuToHonam))
      .then([]);
  });

  it('records the same province again under a new mapping version', () => {
    const back = { ...jejuToHonam, fromCenterId: 'honam', toCenterId: 'jeju', mappingVersion: 3 };
    spec
      .given([recorded(jejuToHonam)])
      .when(record(back))
      .then([recorded(back)]);
  });

  it('records the province in its canonical (NFC) form', () => {
    spec
      .given([])
      .when(record({ ...jejuToHonam, province: '제주'.normalize('NFD') }))
      .then([recorded(jejuToHonam)]);
  });

  it('refuses a province this context does not know', () => {
    spec
      .given([])
      .when(record({ ...jejuToHonam, province: 'Atlantis' }))
      .thenFails('PROVINCE.UNKNOWN');
  });
});
