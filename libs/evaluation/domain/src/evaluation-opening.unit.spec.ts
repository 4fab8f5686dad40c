import { deciderSpecification } from '@yunghap/testing';
import { DeclaredRelationship } from './committee';
import { OpenEvaluation } from './evaluation.commands';
import { evaluationDecider } from './evaluation.decider';
import {
  CALL,
  centerStaff,
  committeeOf,
  COMMITTEE,
  expertIds,
  FIRM_A,
  FIRM_B,
  openEvaluation,
  opened,
  programManager,
  recused,
  UNRELATED_FIRM,
} from './testing/fixtures';

const spec = deciderSpecification(evaluationDecider);

const withData = (command: OpenEvaluation, data: Partial<OpenEvaluation['data']>): OpenEvaluation => ({
  ...command,
  data: { ...command.data, ...data },
});

describe('OpenEvaluation', () => {
  it('opens the evaluation with the committee and the rubric as they stand', () => {
    spec
      .given([])
      .when(openEvaluation(committeeOf(expertIds(5))))
      .then([opened(expertIds(5))]);
  });

  it('may be opened by a program manager as well as by the platform', () => {
    spec
      .given([])
      .when(openEvaluation(committeeOf(expertIds(5)), undefined, programManager))
      .thenState({ status: 'open', recusals: [] });
  });

  it('recuses every member related to a firm of the application, recording each ground', () => {
    const members = expertIds(8);
    const relationships: DeclaredRelationship[] = [
      { memberId: 'e2', firm: FIRM_A, kind: 'employment' },
      { memberId: 'e3', firm: UNRELATED_FIRM, kind: 'ownership' }, // not a firm of this application
      { memberId: 'e4', firm: FIRM_B, kind: 'ownership' },
      { memberId: 'e4', firm: FIRM_A, kind: 'family' },
    ];
    spec
      .given([])
      .when(openEvaluation(committeeOf(members, relationships)))
      .then([opened(members), recused('e2', FIRM_A, 'employment'), recused('e4', FIRM_B, 'ownership'), recused('e4', FIRM_A, 'family')]);
  });

  it('recuses no one on a declaration by someone outside the committee', () => {
    const committee = committeeOf(expertIds(5), [{ memberId: 'former-member', firm: FIRM_A, kind: 'advisory' }]);
    spec
      .given([])
      .when(openEvaluation(committee))
      .then([opened(expertIds(5))]);
  });

  it('is opened by a program manager or the platform only', () => {
    spec
      .given([])
      .when(openEvaluation(committeeOf(expertIds(5)), undefined, centerStaff))
      .thenFails('EVALUATION.ROLE_NOT_ALLOWED', { role: 'center-staff', allowed: ['program-manager', 'system'] });
  });

  it('opens once per application', () => {
    spec
      .given([opened(expertIds(5))])
      .when(openEvaluation(committeeOf(expertIds(5))))
      .thenFails('EVALUATION.ALREADY_OPENED');
  });

  it('needs a committee of the application’s call', () => {
    const otherCall = { ...committeeOf(expertIds(5)), callId: 'call-2024-convergence' };
    spec.given([]).when(openEvaluation(otherCall)).thenFails('EVALUATION.COMMITTEE_NOT_SERVING', { committeeId: COMMITTEE, callId: CALL });
  });

  it('needs a committee of the application’s center, unless the committee is shared', () => {
    const honam = { ...committeeOf(expertIds(5)), scope: { kind: 'center', centerId: 'honam' } as const };
    spec.given([]).when(openEvaluation(honam)).thenFails('EVALUATION.COMMITTEE_NOT_SERVING', { centerId: 'jungbu' });
    const shared = { ...committeeOf(expertIds(5)), scope: { kind: 'shared' } as const };
    spec.given([]).when(openEvaluation(shared)).thenState({ status: 'open', committeeId: COMMITTEE });
  });

  it('refuses a firm whose registration number is not ten bare digits, which recusal could not match', () => {
    const command = withData(openEvaluation(committeeOf(expertIds(5))), { firms: [FIRM_A, '314-86-98765'] });
    spec.given([]).when(command).thenFails('EVALUATION.INVALID_REGISTRATION_NUMBER', { firm: '314-86-98765' });
  });

  it.each(['2025-03-14', '2025-03-14T17:30:00', '14 March 2025 17:30 KST', '2025-02-30T17:30:00Z'])(
    'refuses the submission time %s, which ranking could not compare as an instant',
    (applicationSubmittedAt) => {
      const command = withData(openEvaluation(committeeOf(expertIds(5))), { applicationSubmittedAt });
      spec.given([]).when(command).thenFails('EVALUATION.INVALID_SUBMISSION_TIME', { applicationSubmittedAt });
    },
  );

  it('refuses to open when recusal leaves fewer members than the quorum', () => {
    // 6 members, 2 recused: 4 may score, the quorum is 5.
    const committee = committeeOf(expertIds(6), [
      { memberId: 'e1', firm: FIRM_A, kind: 'advisory' },
      { memberId: 'e2', firm: FIRM_B, kind: 'other' },
    ]);
    spec.given([]).when(openEvaluation(committee)).thenFails('EVALUATION.QUORUM_UNREACHABLE', { eligible: 4, quorum: 5 });
  });

  it('opens when recusal leaves exactly the quorum', () => {
    const committee = committeeOf(expertIds(6), [{ memberId: 'e1', firm: FIRM_A, kind: 'advisory' }]);
    spec
      .given([])
      .when(openEvaluation(committee))
      .then([opened(expertIds(6)), recused('e1', FIRM_A, 'advisory')]);
  });
});
