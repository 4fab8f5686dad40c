import type { Grant } from '../../api/types';

export interface GrantFilter {
  readonly status: Grant['status'] | '';
  /** Words to find in the recipient's name or registration number, the application id or the agreement number. */
  readonly text: string;
}

/** The grants a search keeps, in the order given; case and spacing of the words do not matter. */
export function filterGrants(grants: readonly Grant[], { status, text }: GrantFilter): Grant[] {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  return grants.filter((grant) => {
    if (status !== '' && grant.status !== status) return false;
    const haystack = [grant.recipient?.leadName, grant.recipient?.leadRegistrationNumber, grant.applicationId, grant.agreement?.agreementNumber, grant.grantId]
      .filter((part): part is string => typeof part === 'string')
      .join(' ')
      .toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
