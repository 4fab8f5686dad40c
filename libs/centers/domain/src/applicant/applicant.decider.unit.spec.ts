import { BusinessRegistrationNumber, CommandMetadata } from '@yunghap/kernel';
import { deciderSpecification } from '@yunghap/testing';
import { centerId } from '../center-id';
import { actingAs } from '../testing/command-metadata.fixtures';
import { ConfirmApplicant, RegisterApplicant, RejectApplicant } from './applicant.commands';
import { applicantDecider } from './applicant.decider';
import { ApplicantConfirmed, ApplicantRegistered, ApplicantRejected } from './applicant.events';

const spec = deciderSpecification(applicantDecider);

const JUNGBU = centerId('jungbu');
const HONAM = centerId('honam');
const REGISTERED_AT = '2026-03-02T09:00:00+09:00';
const DECIDED_AT = '2026-03-03T14:00:00+09:00';
const HANBIT = '3148123478' as BusinessRegistrationNumber;
const BADA = '2208106252' as BusinessRegistrationNumber;

const gateway = actingAs('gateway', REGISTERED_AT, 'gateway');
const jungbuStaff = actingAs('center-staff', DECIDED_AT, 'staff-jungbu');
const manager = actingAs('program-manager', DECIDED_AT, 'pm-kim');

const register = (data: Partial<RegisterApplicant['data']> = {}, metadata: CommandMetadata = gateway): RegisterApplicant => ({
  type: 'RegisterApplicant',
  data: {
    userId: 'applicant-hanbit',
    name: '박한빛',
    email: 'hanbit@example.kr',
    phone: null,
    registrationNumber: '314-81-23478',
    firmName: '한빛정밀',
    province: '대전',
    centerId: JUNGBU,
    ...data,
  },
  metadata,
});
const confirm = (metadata: CommandMetadata, actorCenterId: string | null = null, userId = 'applicant-hanbit'): ConfirmApplicant => ({
  type: 'ConfirmApplicant',
  data: { userId, actorCenterId: actorCenterId === null ? null : centerId(actorCenterId) },
  metadata,
});
const reject = (metadata: CommandMetadata, reason = '사업자등록증의 상호와 다릅니다', actorCenterId: string | null = null): RejectApplicant => ({
  type: 'RejectApplicant',
  data: { userId: 'applicant-hanbit', reason, actorCenterId: actorCenterId === null ? null : centerId(actorCenterId) },
  metadata,
});

const registered: ApplicantRegistered = {
  type: 'ApplicantRegistered',
  data: {
    userId: 'applicant-hanbit',
    name: '박한빛',
    email: 'hanbit@example.kr',
    phone: null,
    registrationNumber: HANBIT,
    firmName: '한빛정밀',
    province: '대전',
    centerId: JUNGBU,
    registeredAt: REGISTERED_AT,
  },
};
const confirmed = (by = jungbuStaff): ApplicantConfirmed => ({
  type: 'ApplicantConfirmed',
  data: { userId: 'applicant-hanbit', registrationNumber: HANBIT, centerId: JUNGBU, confirmedBy: by.actor, confirmedAt: by.now },
});
const rejected = (reason = '사업자등록증의 상호와 다릅니다', by = jungbuStaff): ApplicantRejected => ({
  type: 'ApplicantRejected',
  data: { userId: 'applicant-hanbit', registrationNumber: HANBIT, centerId: JUNGBU, reason, rejectedBy: by.actor, rejectedAt: by.now },
});

describe('applicant registration', () => {
  describe('RegisterApplicant', () => {
    it('records the person, the firm by its canonical number, and the center routed to, pending', () => {
      spec.given([]).when(register()).then([registered]);
      spec
        .given([])
        .when(register())
        .thenState({ status: 'pending', registration: { userId: 'applicant-hanbit', registrationNumber: HANBIT, centerId: JUNGBU } });
    });

    it('refuses a number whose check digit fails, or of another shape, without echoing it', () => {
      spec
        .given([])
        .when(register({ registrationNumber: '314-81-23479' }))
        .thenFails('APPLICANT.REGISTRATION_NUMBER_INVALID', { field: 'registrationNumber', reason: 'BUSINESS_REGISTRATION_NUMBER.CHECKSUM_MISMATCH' });
      spec
        .given([])
        .when(register({ registrationNumber: '31481234' }))
        .thenFails('APPLICANT.REGISTRATION_NUMBER_INVALID', { reason: 'BUSINESS_REGISTRATION_NUMBER.MALFORMED' });
      const refusal = applicantDecider.decide(register({ registrationNumber: '314-81-23479' }), applicantDecider.initialState());
      expect(JSON.stringify(refusal)).not.toContain('23479');
    });

    it('refuses a blank name or firm name', () => {
      spec
        .given([])
        .when(register({ name: ' \u3000' }))
        .thenFails('APPLICANT.TEXT_REQUIRED', { field: 'name' });
      spec
        .given([])
        .when(register({ firmName: '\n' }))
        .thenFails('APPLICANT.TEXT_REQUIRED', { field: 'firmName' });
    });

    it('refuses a person whose registration is pending or confirmed (409), saying which', () => {
      spec.given([registered]).when(register()).thenFails('APPLICANT.ALREADY_REGISTERED', { userId: 'applicant-hanbit', status: 'pending' });
      spec
        .given([registered, confirmed()])
        .when(register({ registrationNumber: BADA, firmName: '바다기술' }))
        .thenFails('APPLICANT.ALREADY_REGISTERED', { status: 'confirmed' });
    });

    it('lets a rejected person register again, for another firm at another center', () => {
      const again = register(
        { registrationNumber: '220-81-06252', firmName: '바다기술', province: '광주', centerId: HONAM },
        actingAs('gateway', DECIDED_AT, 'gateway'),
      );
      spec
        .given([registered, rejected()])
        .when(again)
        .then([
          {
            type: 'ApplicantRegistered',
            data: { ...registered.data, registrationNumber: BADA, firmName: '바다기술', province: '광주', centerId: HONAM, registeredAt: DECIDED_AT },
          },
        ]);
      spec
        .given([registered, rejected()])
        .when(again)
        .thenState({ status: 'pending', registration: { userId: 'applicant-hanbit', registrationNumber: BADA, centerId: HONAM } });
    });

    it.each(['applicant', 'center-staff', 'program-manager', 'system'] as const)('is the gateway’s only: refused to %s', (role) => {
      spec
        .given([])
        .when(register({}, actingAs(role)))
        .thenFails('APPLICANT.ROLE_NOT_ALLOWED', { action: 'RegisterApplicant', role });
    });
  });

  describe('ConfirmApplicant', () => {
    it('is taken by staff of the firm’s center, recording who and when', () => {
      spec.given([registered]).when(confirm(jungbuStaff, 'jungbu')).then([confirmed()]);
      spec.given([registered]).when(confirm(jungbuStaff, 'jungbu')).thenState({ status: 'confirmed' });
    });

    it('is taken by a program manager, whatever the center', () => {
      spec
        .given([registered])
        .when(confirm(manager))
        .then([confirmed(manager)]);
    });

    it('refuses staff of another center before telling anything of the registration', () => {
      const honamStaff = actingAs('center-staff', DECIDED_AT, 'staff-honam');
      spec.given([registered]).when(confirm(honamStaff, 'honam')).thenFails('APPLICANT.OTHER_CENTER', { userId: 'applicant-hanbit' });
      spec.given([registered, confirmed()]).when(confirm(honamStaff, 'honam')).thenFails('APPLICANT.OTHER_CENTER');
      spec.given([registered]).when(confirm(honamStaff, null)).thenFails('APPLICANT.OTHER_CENTER');
    });

    it('refuses a registration that is not pending (409)', () => {
      spec.given([registered, confirmed()]).when(confirm(manager)).thenFails('APPLICANT.NOT_PENDING', { status: 'confirmed' });
      spec.given([registered, rejected()]).when(confirm(jungbuStaff, 'jungbu')).thenFails('APPLICANT.NOT_PENDING', { status: 'rejected' });
    });

    it('refuses a person who never registered, or a command that reached another person’s stream', () => {
      spec.given([]).when(confirm(manager)).thenFails('APPLICANT.NOT_REGISTERED', { userId: 'applicant-hanbit' });
      spec
        .given([registered])
        .when(confirm(manager, null, 'applicant-new'))
        .thenFails('APPLICANT.NOT_REGISTERED', { userId: 'applicant-new' });
    });

    it.each(['auditor', 'finance', 'committee-member', 'applicant', 'gateway'] as const)('is forbidden to %s', (role) => {
      spec
        .given([registered])
        .when(confirm(actingAs(role)))
        .thenFails('APPLICANT.ROLE_NOT_ALLOWED', { action: 'ConfirmApplicant', role });
    });
  });

  describe('RejectApplicant', () => {
    it('records the reason, who and when', () => {
      spec
        .given([registered])
        .when(reject(jungbuStaff, undefined, 'jungbu'))
        .then([rejected()]);
      spec.given([registered]).when(reject(manager, '중복 등록')).thenState({ status: 'rejected', reason: '중복 등록' });
    });

    it('needs a reason', () => {
      spec.given([registered]).when(reject(manager, ' \t ')).thenFails('APPLICANT.REASON_REQUIRED', { field: 'reason' });
    });

    it('refuses staff of another center, a decided registration and other roles', () => {
      spec
        .given([registered])
        .when(reject(actingAs('center-staff'), undefined, 'honam'))
        .thenFails('APPLICANT.OTHER_CENTER');
      spec.given([registered, confirmed()]).when(reject(manager)).thenFails('APPLICANT.NOT_PENDING', { status: 'confirmed' });
      spec.given([registered, rejected()]).when(reject(manager)).thenFails('APPLICANT.NOT_PENDING', { status: 'rejected' });
      spec
        .given([registered])
        .when(reject(actingAs('auditor')))
        .thenFails('APPLICANT.ROLE_NOT_ALLOWED', { role: 'auditor' });
    });
  });

  describe('evolve', () => {
    it('ignores a decision that arrives before any registration', () => {
      expect([confirmed(), rejected()].reduce(applicantDecider.evolve, applicantDecider.initialState())).toEqual({ status: 'unregistered' });
    });
  });
});
