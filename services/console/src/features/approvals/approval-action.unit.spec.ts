import { refusalKey } from './approval-action';

describe('why an approval is not offered', () => {
  it('names the four-eyes rule, the role and a pending line exception in words people know', () => {
    expect(refusalKey('GRANT.FOUR_EYES')).toBe('approvals.why.fourEyes');
    expect(refusalKey('ALLOCATION.FOUR_EYES')).toBe('approvals.why.fourEyes');
    expect(refusalKey('GRANT.ROLE_NOT_ALLOWED')).toBe('approvals.why.role');
    expect(refusalKey('GRANT.LINE_EXCEPTION_PENDING')).toBe('approvals.why.lineException');
  });

  it("leaves any other refusal to the service's own words", () => {
    expect(refusalKey('GRANT.NOT_AWAITING_DECISION')).toBeNull();
  });
});
