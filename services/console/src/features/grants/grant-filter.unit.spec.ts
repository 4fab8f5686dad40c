import type { Grant } from '../../api/types';
import { filterGrants } from './grant-filter';

const grant = (grantId: string, status: Grant['status'], leadName: string | null, agreementNumber: string | null): Grant =>
  ({
    grantId,
    status,
    applicationId: `application-${grantId}`,
    recipient: leadName === null ? null : { leadName, leadRegistrationNumber: '220-81-62517', members: [] },
    agreement: agreementNumber === null ? null : { agreementNumber, startsOn: '2026-05-01', endsOn: '2027-04-30' },
  }) as unknown as Grant;

const grants = [grant('g1', 'awarded', '한빛테크', '2026-융합-0001'), grant('g2', 'proposed', '바이오랩', null), grant('g3', 'awarded', null, null)];

describe('searching the grants', () => {
  it('keeps every grant when nothing is asked', () => {
    expect(filterGrants(grants, { status: '', text: '' }).map((found) => found.grantId)).toEqual(['g1', 'g2', 'g3']);
  });

  it('keeps a status', () => {
    expect(filterGrants(grants, { status: 'awarded', text: '' }).map((found) => found.grantId)).toEqual(['g1', 'g3']);
  });

  it('finds words in the recipient, the agreement and the application, all of them', () => {
    expect(filterGrants(grants, { status: '', text: '한빛' }).map((found) => found.grantId)).toEqual(['g1']);
    expect(filterGrants(grants, { status: '', text: ' 융합-0001 ' }).map((found) => found.grantId)).toEqual(['g1']);
    expect(filterGrants(grants, { status: '', text: 'APPLICATION-G3' }).map((found) => found.grantId)).toEqual(['g3']);
    expect(filterGrants(grants, { status: '', text: '한빛 바이오' })).toEqual([]);
  });
});
