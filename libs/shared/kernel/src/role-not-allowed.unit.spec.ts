import { roleNotAllowed } from './role-not-allowed';

describe('roleNotAllowed', () => {
  it("is a forbidden refusal under the caller's code, naming the role and the roles allowed", () => {
    const refusal = roleNotAllowed('GRANT.ROLE_NOT_ALLOWED', { userId: 'a-1', role: 'auditor' }, ['program-manager', 'finance']);
    expect(refusal).toMatchObject({ code: 'GRANT.ROLE_NOT_ALLOWED', kind: 'forbidden', details: { role: 'auditor', allowed: ['program-manager', 'finance'] } });
    expect(refusal.message).toBe('The role auditor may not do this (allowed: program-manager, finance)');
  });
});
