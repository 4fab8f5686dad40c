import { DomainError, isBlank, isBusinessRegistrationNumber, isDomainError, parseKsicCode } from '@yunghap/kernel';
import { firstDuplicate } from './lists';
import { EngagementError } from './mentoring.errors';

/** A member firm of the consortium a mentor would serve. */
export interface ConsortiumFirm {
  readonly registrationNumber: string;
  /** The firm's KSIC code, as coarse as a section ("C") or as fine as a subclass ("C26110"). */
  readonly industryCode: string;
}

/**
 * The consortium as mentoring needs to know it: its firms and the technology fields of its
 * convergence task. `applicationId` is set when the mentoring accompanies an application; it is
 * absent for a consortium still forming, which the program mentors before any application.
 */
export interface Consortium {
  readonly consortiumId: string;
  readonly applicationId?: string;
  readonly firms: readonly ConsortiumFirm[];
  readonly technologyFields: readonly string[];
}

export function firmsOf(consortium: Consortium): readonly string[] {
  return consortium.firms.map((firm) => firm.registrationNumber);
}

/**
 * The checks a consortium passes before an engagement records it. Member firms must be canonical
 * and distinct because conflicts of interest are found by equality of their numbers.
 */
export function validateConsortium(consortium: Consortium): DomainError | undefined {
  const { firms, technologyFields } = consortium;
  if (firms.length === 0) return EngagementError.becauseProposalInvalid('no-firms');
  const numbers = firmsOf(consortium);
  const malformed = numbers.find((number) => !isBusinessRegistrationNumber(number));
  if (malformed !== undefined) return EngagementError.becauseProposalInvalid('invalid-registration-number', malformed);
  const duplicate = firstDuplicate(numbers);
  if (duplicate !== undefined) return EngagementError.becauseProposalInvalid('duplicate-firm', duplicate);
  const badIndustry = firms.find((firm) => isDomainError(parseKsicCode(firm.industryCode)));
  if (badIndustry !== undefined) return EngagementError.becauseProposalInvalid('invalid-industry-code', badIndustry.industryCode);
  if (technologyFields.length === 0) return EngagementError.becauseProposalInvalid('no-technology-fields');
  const blankField = technologyFields.find(isBlank);
  if (blankField !== undefined) return EngagementError.becauseProposalInvalid('blank-technology-field', blankField);
  return undefined;
}
