import { DomainCommand, Province } from '@yunghap/kernel';
import { CenterId } from '../center-id';

/**
 * A signed-in person asks to act for one firm. `registrationNumber` is as the person typed it
 * (123-45-67890 or ten digits; the decider checks the check digit); `centerId` is the firm's
 * center by the province routing in force now, looked up by the service.
 */
export type RegisterApplicant = DomainCommand<
  'RegisterApplicant',
  {
    readonly userId: string;
    readonly name: string;
    readonly email: string | null;
    readonly phone: string | null;
    readonly registrationNumber: string;
    readonly firmName: string;
    readonly province: Province;
    readonly centerId: CenterId;
  }
>;

/**
 * A decision on a pending registration. It carries the deciding staff member's own center (from
 * their token; null for program-wide roles), because the kernel's actor knows a role but not a center.
 */
interface DecisionData {
  readonly userId: string;
  readonly actorCenterId: CenterId | null;
}

export type ConfirmApplicant = DomainCommand<'ConfirmApplicant', DecisionData>;

export type RejectApplicant = DomainCommand<'RejectApplicant', DecisionData & { readonly reason: string }>;

export type ApplicantCommand = RegisterApplicant | ConfirmApplicant | RejectApplicant;
