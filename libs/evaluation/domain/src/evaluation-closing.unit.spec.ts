import { deciderSpecification } from '@yunghap/testing';
import { evaluationDecider } from './evaluation.decider';
import { EvaluationEvent } from './evaluation.events';
import { DEFAULT_RUBRIC } from './rubric';
import { Scores } from './scoresheet';
import { closeEvaluation, completed, criterionMeans, expert, expertIds, opened, platform, scores, sealedSheets, submitted } from './testing/fixtures';

const spec = deciderSpecification(evaluationDecider);

const opening = opened(expertIds(8));
/** Every member scores the same sheet: each mean is then that sheet, with or without trimming. */
const unanimous = (sheet: Scores, count = 5): EvaluationEvent[] => sealedSheets(Object.fromEntries(expertIds(count).map((memberId) => [memberId, sheet])));

describe('CloseEvaluation', () => {
  it('is for program managers only: not a member, not the platform', () => {
    const given = [opening, ...unanimous(scores(24, 20, 20, 16))];
    spec
      .given(given)
      .when(closeEvaluation(expert('e1')))
      .thenFails('EVALUATION.ROLE_NOT_ALLOWED', { role: 'committee-member', allowed: ['program-manager'] });
    spec.given(given).when(closeEvaluation(platform)).thenFails('EVALUATION.ROLE_NOT_ALLOWED', { role: 'system' });
  });

  it('needs an opened evaluation', () => {
    spec.given([]).when(closeEvaluation()).thenFails('EVALUATION.NOT_FOUND');
  });

  it('closes once', () => {
    const sheet = scores(24, 20, 20, 16);
    const given = [opening, ...unanimous(sheet)];
    const done = completed({ sheetsCounted: 5, trimmed: true, total: 8000, criteria: criterionMeans(2400, 2000, 2000, 1600), passed: true, failedReasons: [] });
    spec.given(given).when(closeEvaluation()).then([done]);
    spec
      .given([...given, done])
      .when(closeEvaluation())
      .thenFails('EVALUATION.ALREADY_CLOSED');
    spec.given(given).when(closeEvaluation()).thenState({ status: 'completed', result: done.data });
  });

  it('needs the quorum of sealed sheets; a draft does not count', () => {
    const given = [opening, ...unanimous(scores(24, 20, 20, 16), 4), submitted('e5', scores(24, 20, 20, 16))];
    spec.given(given).when(closeEvaluation()).thenFails('EVALUATION.QUORUM_NOT_REACHED', { sealed: 4, quorum: 5 });
  });

  it('takes the plain mean of 4 sheets, where the call’s rubric sets a quorum of 4', () => {
    const rubric = { ...DEFAULT_RUBRIC, quorum: 4 };
    const sheets = {
      e1: scores(26, 21, 20, 17), // 84
      e2: scores(20, 17, 16, 13), // 66
      e3: scores(30, 25, 24, 20), // 99
      e4: scores(9, 8, 7, 6), //     30
    };
    // 4 < trimFrom 5, nothing dropped:
    // total:             (84 + 66 + 99 + 30) / 4 = 279 / 4 = 69.75 → 6975  < 7000: fails
    //                    (trimming would have given (84 + 66) / 2 = 75.00 and a pass)
    // convergence:       (26 + 20 + 30 + 9) / 4 = 85 / 4 = 21.25 → 2125
    // feasibility:       (21 + 17 + 25 + 8) / 4 = 71 / 4 = 17.75 → 1775
    // commercialisation: (20 + 16 + 24 + 7) / 4 = 67 / 4 = 16.75 → 1675
    // consortium:        (17 + 13 + 20 + 6) / 4 = 56 / 4 = 14.00 → 1400
    spec
      .given([opened(expertIds(8), rubric), ...sealedSheets(sheets)])
      .when(closeEvaluation())
      .then([
        completed({
          sheetsCounted: 4,
          trimmed: false,
          total: 6975,
          criteria: criterionMeans(2125, 1775, 1675, 1400),
          passed: false,
          failedReasons: [{ kind: 'total-below-threshold', total: 6975, threshold: 7000 }],
        }),
      ]);
  });

  it('drops the highest and lowest of 5 sealed sheets, rounding each mean half up, and ignores a draft', () => {
    const sheets = {
      e1: scores(25, 20, 20, 15), // 80
      e2: scores(22, 19, 18, 14), // 73
      e3: scores(28, 23, 22, 18), // 91  highest total
      e4: scores(15, 12, 11, 9), //  47  lowest total
      e5: scores(21, 19, 18, 16), // 74
    };
    // total:             drop 91 and 47: (80 + 73 + 74) / 3 = 227 / 3 = 75.666… → 7567 (up)
    // convergence:       25 22 28 15 21, drop 28 and 15: (25 + 22 + 21) / 3 = 68 / 3 = 22.666… → 2267 (up)
    // feasibility:       20 19 23 12 19, drop 23 and 12: (20 + 19 + 19) / 3 = 58 / 3 = 19.333… → 1933 (down)
    // commercialisation: 20 18 22 11 18, drop 22 and 11: (20 + 18 + 18) / 3 = 56 / 3 = 18.666… → 1867 (up)
    // consortium:        15 14 18  9 16, drop 18 and 9:  (15 + 14 + 16) / 3 = 45 / 3 = 15.00 → 1500
    // e6's unsealed 0-point draft would drag every mean down if it counted.
    spec
      .given([opening, ...sealedSheets(sheets), submitted('e6', scores(0, 0, 0, 0))])
      .when(closeEvaluation())
      .then([completed({ sheetsCounted: 5, trimmed: true, total: 7567, criteria: criterionMeans(2267, 1933, 1867, 1500), passed: true, failedReasons: [] })]);
  });

  it('drops the highest and lowest of 7 sealed sheets, each criterion on its own scores', () => {
    const sheets = {
      e1: scores(27, 20, 20, 16), // 83
      e2: scores(24, 22, 18, 15), // 79
      e3: scores(29, 15, 21, 12), // 77
      e4: scores(20, 24, 17, 18), // 79
      e5: scores(10, 9, 8, 7), //    34  lowest total
      e6: scores(30, 17, 25, 20), // 92  highest total
      e7: scores(22, 21, 19, 17), // 79
    };
    // total:             drop 92 and 34: (83 + 79 + 77 + 79 + 79) / 5 = 397 / 5 = 79.40 → 7940
    // convergence:       drop 30 and 10: (27 + 24 + 29 + 20 + 22) / 5 = 122 / 5 = 24.40 → 2440
    // feasibility:       drop 24 (e4, not the highest sheet's 17) and 9: (20 + 22 + 15 + 17 + 21) / 5 = 95 / 5 = 19.00 → 1900
    // commercialisation: drop 25 and 8:  (20 + 18 + 21 + 17 + 19) / 5 = 95 / 5 = 19.00 → 1900
    // consortium:        drop 20 and 7:  (16 + 15 + 12 + 18 + 17) / 5 = 78 / 5 = 15.60 → 1560
    // The criteria means add up to 78.00, not 79.40: each is trimmed on its own scores.
    spec
      .given([opening, ...sealedSheets(sheets)])
      .when(closeEvaluation())
      .then([completed({ sheetsCounted: 7, trimmed: true, total: 7940, criteria: criterionMeans(2440, 1900, 1900, 1560), passed: true, failedReasons: [] })]);
  });

  it('fails a proposal whose criterion mean is below its minimum, however high its total', () => {
    const sheets = {
      e1: scores(28, 22, 22, 7), // 79
      e2: scores(28, 22, 22, 8), // 80
      e3: scores(28, 22, 22, 6), // 78
      e4: scores(28, 22, 22, 9), // 81
      e5: scores(28, 22, 22, 5), // 77
    };
    // total:      drop 81 and 77: (79 + 80 + 78) / 3 = 237 / 3 = 79.00 → 7900 ≥ 7000
    // consortium: drop 9 and 5: (7 + 8 + 6) / 3 = 21 / 3 = 7.00 → 700 < 800 (40 % of 20 points)
    spec
      .given([opening, ...sealedSheets(sheets)])
      .when(closeEvaluation())
      .then([
        completed({
          sheetsCounted: 5,
          trimmed: true,
          total: 7900,
          criteria: criterionMeans(2800, 2200, 2200, 700),
          passed: false,
          failedReasons: [{ kind: 'criterion-below-minimum', criterionId: 'consortium-capability', mean: 700, minimum: 800 }],
        }),
      ]);
  });

  it('passes at exactly the threshold and exactly each minimum', () => {
    // 22 + 20 + 20 + 8 = 70.00 = threshold; 8.00 = the consortium minimum (40 % of 20)
    spec
      .given([opening, ...unanimous(scores(22, 20, 20, 8))])
      .when(closeEvaluation())
      .then([completed({ sheetsCounted: 5, trimmed: true, total: 7000, criteria: criterionMeans(2200, 2000, 2000, 800), passed: true, failedReasons: [] })]);
  });

  it('gives every reason of a failure, the total first, then the criteria in rubric order', () => {
    // 10 + 20 + 20 + 10 = 60.00 < 70.00; convergence 10.00 < 12.00 (40 % of 30)
    spec
      .given([opening, ...unanimous(scores(10, 20, 20, 10))])
      .when(closeEvaluation())
      .then([
        completed({
          sheetsCounted: 5,
          trimmed: true,
          total: 6000,
          criteria: criterionMeans(1000, 2000, 2000, 1000),
          passed: false,
          failedReasons: [
            { kind: 'total-below-threshold', total: 6000, threshold: 7000 },
            { kind: 'criterion-below-minimum', criterionId: 'convergence-novelty', mean: 1000, minimum: 1200 },
          ],
        }),
      ]);
  });
});
