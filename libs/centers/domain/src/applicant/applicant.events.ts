import { Actor, BusinessRegistrationNumber, DomainEvent, Province } from '@yunghap/kernel';
import { CenterId } from '../center-id';

// Name, email and phone are personal data, kept in plain text until the event store encrypts
// personal fields (issue 14). Decisions record who took them and when, so the audit trail reads
// from the events alone.

export type ApplicantRegistered = DomainEvent<
  'ApplicantRegistered',
  {
    readonly userId: string;
    readonly name: string;
    readonly email: string | null;
    readonly phone: string | null;
    readonly registrationNumber: BusinessRegistrationNumber;
    readonly firmName: string;
    readonly province: Province;
    readonly centerId: CenterId;
    readonly registeredAt: string;
  }
>;

export type ApplicantConfirmed = DomainEvent<
  'ApplicantConfirmed',
  {
    readonly userId: string;
    readonly registrationNumber: BusinessRegistrationNumber;
    readonly centerId: CenterId;
    readonly confirmedBy: Actor;
    readonly confirmedAt: string;
  }
>;

export type ApplicantRejected = DomainEvent<
  'ApplicantRejected',
  {
    readonly userId: string;
    readonly registrationNumber: BusinessRegistrationNumber;
    readonly centerId: CenterId;
    readonly reason: string;
    readonly rejectedBy: Actor;
    readonly rejectedAt: string;
  }
>;

export type ApplicantEvent = ApplicantRegistered | ApplicantConfirmed | ApplicantRejected;
