import { Decider, isDomainError, won } from '@yunghap/kernel';
import {
  ApplicationCommand,
  applicationDecider,
  ApplicationEvent,
  ApplicationState,
  CallCommand,
  callDecider,
  CallEvent,
  callFactsOf,
  CallState,
} from './index';
import { APPLICANT, CALL_ID, commands, contentInput, DAON, JUNGBU_STAFF, meta, NURI, PROGRAM_MANAGER } from './testing/applications.fixtures';

/** Decides each command on the state so far and keeps the events, as the command handler would. */
function run<C, E, S>(decider: Decider<C, E, S>, steps: readonly C[]): { events: E[]; state: S } {
  return steps.reduce(
    ({ events, state }, command) => {
      const decision = decider.decide(command, state);
      if (isDomainError(decision)) throw new Error(`Refused: ${decision.code} — ${decision.message}`);
      return { events: [...events, ...decision], state: decision.reduce(decider.evolve, state) };
    },
    { events: [] as E[], state: decider.initialState() },
  );
}

const PROGRAM_LIMIT = won(500_000_000);
const openCall: CallCommand = {
  type: 'OpenCall',
  data: {
    callId: CALL_ID,
    budgetLineId: 'it-convergence',
    title: '2026년 IT융합 기술개발 지원사업 공고',
    opensAt: '2026-03-02T09:00:00+09:00',
    closesAt: '2026-03-31T18:00:00+09:00',
    capPerProject: 300_000_000,
    programLimit: PROGRAM_LIMIT,
    technologyFields: ['AI', 'IoT', 'smart-manufacturing'],
  },
  metadata: meta(PROGRAM_MANAGER, '2026-02-20T10:00:00+09:00'),
};

describe('an application from draft to grant award', () => {
  const call = run<CallCommand, CallEvent, CallState>(callDecider, [openCall]).state;
  if (call.status === 'none') throw new Error('the call did not open');
  const facts = { call: callFactsOf(call), programLimit: PROGRAM_LIMIT, firmsInOtherActiveApplications: [] };

  // The lead firm alone at first; the center asks for the missing partners, the applicant adds two.
  const complete = contentInput({ partnerFirms: [NURI, DAON] });
  const steps: ApplicationCommand[] = [
    commands.draft(contentInput({ partnerFirms: [] })),
    commands.submit(),
    commands.route(),
    commands.return(JUNGBU_STAFF, 'jungbu', '컨소시엄 참여기업이 없습니다: 이업종 중소기업을 추가해 주십시오'),
    commands.revise(complete),
    commands.submit(APPLICANT, '2026-04-02T10:00:00+09:00'),
    commands.screen(facts),
    commands.startEvaluation(),
    commands.recordResult('passed', 86),
    commands.recordOutcome('selected'),
    commands.recordOutcome('grant-awarded', undefined, 'grant-2026-0042'),
  ];
  const { events, state } = run<ApplicationCommand, ApplicationEvent, ApplicationState>(applicationDecider, steps);

  it('passes through every status in order', () => {
    expect(events.map((event) => event.type)).toEqual([
      'ApplicationDrafted',
      'ApplicationSubmitted',
      'ApplicationRouted',
      'ApplicationReturnedForRevision',
      'ApplicationRevised',
      'ApplicationResubmitted',
      'ApplicationScreened',
      'ApplicationEvaluationStarted',
      'ApplicationEvaluated',
      'ApplicationOutcomeRecorded',
      'ApplicationOutcomeRecorded',
    ]);
  });

  it('ends awarded, with the record of each step kept in the state', () => {
    expect(state).toMatchObject({
      status: 'grant-awarded',
      submittedAt: '2026-03-10T10:00:00+09:00',
      routing: { centerId: 'jungbu', mappingVersion: 3 },
      timesReturned: 1,
      screening: { outcome: 'eligible', failures: [] },
      evaluation: { outcome: 'passed', totalScore: 86 },
      externalReference: 'grant-2026-0042',
    });
  });

  it('rebuilds the same state from the events alone', () => {
    expect(events.reduce(applicationDecider.evolve, applicationDecider.initialState())).toEqual(state);
  });

  it('screens the partnerless first version as ineligible, had the center not returned it', () => {
    const unreturned = run<ApplicationCommand, ApplicationEvent, ApplicationState>(applicationDecider, [...steps.slice(0, 3), commands.screen(facts)]);
    expect(unreturned.state).toMatchObject({
      status: 'screened-ineligible',
      screening: { failures: [expect.objectContaining({ code: 'SCREENING.TOO_FEW_SMES' }), expect.objectContaining({ code: 'SCREENING.SAME_INDUSTRY' })] },
    });
  });
});
