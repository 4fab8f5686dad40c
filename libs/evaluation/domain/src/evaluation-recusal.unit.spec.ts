import { deciderSpecification } from '@yunghap/testing';
import { evaluationDecider } from './evaluation.decider';
import { EvaluationEvent } from './evaluation.events';
import { visibleScores } from './score-visibility';
import {
  centerStaff,
  closeEvaluation,
  completed,
  criterionMeans,
  expert,
  expertIds,
  FIRM_A,
  FIRM_B,
  opened,
  programManager,
  recused,
  recuseMember,
  scores,
  sealed,
  sealedSheets,
  sealScoresheet,
  submitScoresheet,
  submitted,
  UNRELATED_FIRM,
} from './testing/fixtures';

const spec = deciderSpecification(evaluationDecider);

// Seven members, quorum 5: two may be recused after the opening before the quorum is out of reach.
const opening = opened(expertIds(7));
const even = scores(24, 20, 20, 16); // 80
const low = scores(0, 0, 0, 0);

describe('RecuseMember (a tie declared after the opening)', () => {
  it('records the recusal, by the platform or a program manager', () => {
    spec
      .given([opening])
      .when(recuseMember('e2', FIRM_B, 'employment'))
      .then([recused('e2', FIRM_B, 'employment')]);
    spec
      .given([opening])
      .when(recuseMember('e2', FIRM_B, 'employment', programManager))
      .thenState({ recusals: [{ memberId: 'e2', firm: FIRM_B, relationship: 'employment' }] });
    spec
      .given([opening])
      .when(recuseMember('e2', FIRM_B, 'employment', expert('e2')))
      .thenFails('EVALUATION.ROLE_NOT_ALLOWED', { role: 'committee-member', allowed: ['program-manager', 'system'] });
    spec
      .given([opening])
      .when(recuseMember('e2', FIRM_B, 'employment', centerStaff))
      .thenFails('EVALUATION.ROLE_NOT_ALLOWED');
  });

  it('bars the member from scoring afterwards, their sealed sheet included', () => {
    const given = [opening, submitted('e2', even), sealed('e2'), recused('e2', FIRM_A, 'advisory')];
    spec.given(given).when(submitScoresheet('e2', even)).thenFails('EVALUATION.MEMBER_RECUSED', { userId: 'e2' });
    spec.given(given).when(sealScoresheet('e2')).thenFails('EVALUATION.MEMBER_RECUSED');
  });

  it('takes the member’s sheet, draft or sealed, out of the state while its events stay in the stream', () => {
    spec
      .given([opening, submitted('e1', even), sealed('e1'), submitted('e2', even), submitted('e3', even)])
      .when(recuseMember('e1', FIRM_A, 'family'))
      .thenState({
        sheets: [
          { memberId: 'e2', scores: even, reasons: {}, revision: 1, sealed: false },
          { memberId: 'e3', scores: even, reasons: {}, revision: 1, sealed: false },
        ],
      });
    spec
      .given([opening, submitted('e3', even), recused('e3', FIRM_A, 'family')])
      .when(recuseMember('e3', FIRM_B, 'family'))
      .thenState({ sheets: [] });
  });

  it('no longer counts the sheet: the result is that of the others', () => {
    const others = {
      e1: scores(24, 20, 20, 16), // 80
      e2: scores(21, 18, 18, 13), // 70
      e3: scores(27, 23, 22, 18), // 90  highest total
      e4: scores(18, 15, 15, 12), // 60  lowest total
      e5: scores(22, 19, 19, 15), // 75
    };
    // total:             drop 90 and 60: (80 + 70 + 75) / 3 = 75.00 → 7500; e6's 85 would make it (80 + 70 + 75 + 85) / 4 = 77.50
    // convergence:       24 21 27 18 22, drop 27 and 18: 67 / 3 = 22.333… → 2233
    // feasibility:       20 18 23 15 19, drop 23 and 15: 57 / 3 = 19.00 → 1900
    // commercialisation: 20 18 22 15 19, drop 22 and 15: 57 / 3 = 19.00 → 1900
    // consortium:        16 13 18 12 15, drop 18 and 12: 44 / 3 = 14.666… → 1467
    const given: EvaluationEvent[] = [opening, ...sealedSheets({ ...others, e6: scores(26, 21, 21, 17) }), recused('e6', FIRM_A, 'ownership')];
    spec
      .given(given)
      .when(closeEvaluation())
      .then([completed({ sheetsCounted: 5, trimmed: true, total: 7500, criteria: criterionMeans(2233, 1900, 1900, 1467), passed: true, failedReasons: [] })]);
  });

  it('no longer shows the member their own sheet, nor anyone the recused sheet once closed', () => {
    const scoring: EvaluationEvent[] = [
      opening,
      ...sealedSheets({ e1: even, e2: even, e3: even, e4: even, e5: even, e6: low }),
      recused('e6', FIRM_A, 'ownership'),
    ];
    const stateAfter = (events: readonly EvaluationEvent[]) => events.reduce(evaluationDecider.evolve, evaluationDecider.initialState());
    expect(visibleScores(stateAfter(scoring), expert('e6'))).toEqual({
      stage: 'scoring',
      counts: { members: 7, recused: 1, submitted: 5, sealed: 5 },
      ownSheet: null,
    });

    const result = completed({
      sheetsCounted: 5,
      trimmed: true,
      total: 8000,
      criteria: criterionMeans(2400, 2000, 2000, 1600),
      passed: true,
      failedReasons: [],
    });
    const view = visibleScores(stateAfter([...scoring, result]), programManager);
    expect(view.stage === 'completed' && view.sheets.map((sheet) => sheet.memberId)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5']);
  });

  it('records each further ground once, so the platform may send a ground again', () => {
    const given = [opening, recused('e2', FIRM_A, 'employment')];
    spec
      .given(given)
      .when(recuseMember('e2', FIRM_A, 'employment'))
      .then([]);
    spec
      .given(given)
      .when(recuseMember('e2', FIRM_B, 'family'))
      .then([recused('e2', FIRM_B, 'family')]);
    spec
      .given(given)
      .when(recuseMember('e2', FIRM_A, 'ownership'))
      .then([recused('e2', FIRM_A, 'ownership')]);
  });

  it('recuses no one who was not on the committee at the opening: they cannot score it anyway', () => {
    spec
      .given([opening])
      .when(recuseMember('e8', FIRM_A, 'employment'))
      .then([]);
  });

  it('needs a firm of the application', () => {
    spec
      .given([opening])
      .when(recuseMember('e2', UNRELATED_FIRM, 'employment'))
      .thenFails('EVALUATION.FIRM_NOT_IN_APPLICATION', { firm: UNRELATED_FIRM });
  });

  it('needs an open evaluation', () => {
    spec
      .given([])
      .when(recuseMember('e2', FIRM_A, 'employment'))
      .thenFails('EVALUATION.NOT_FOUND');
    const closed = [opening, ...sealedSheets({ e1: even, e2: even, e3: even, e4: even, e5: even })];
    spec
      .given([
        ...closed,
        completed({ sheetsCounted: 5, trimmed: true, total: 8000, criteria: criterionMeans(2400, 2000, 2000, 1600), passed: true, failedReasons: [] }),
      ])
      .when(recuseMember('e2', FIRM_A, 'employment'))
      .thenFails('EVALUATION.ALREADY_CLOSED');
  });

  it('is recorded even when it leaves fewer members than the quorum; closing then refuses, however many sheets are sealed', () => {
    // 7 members, 3 recused: 4 may score, the quorum is 5.
    const short = [opening, recused('e5', FIRM_A, 'employment'), recused('e6', FIRM_A, 'advisory')];
    spec
      .given(short)
      .when(recuseMember('e7', FIRM_B, 'other'))
      .then([recused('e7', FIRM_B, 'other')]);
    spec
      .given([...short, ...sealedSheets({ e1: even, e2: even, e3: even, e4: even, e7: even }), recused('e7', FIRM_B, 'other')])
      .when(closeEvaluation())
      .thenFails('EVALUATION.QUORUM_UNREACHABLE', { eligible: 4, quorum: 5 });
  });
});
