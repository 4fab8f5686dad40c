import { assertNever, Decider, Decision, DomainError, instantOf, isBlank, isDomainError, isPositiveWon, momentOf, Role, Won, won } from '@yunghap/kernel';
import { ApplicationsPolicy, DEFAULT_APPLICATIONS_POLICY, INDUSTRY_LEVELS, OWN_SHARE_PERCENT_RANGE } from './applications.policy';
import { CallError } from './applications.errors';
import { APPLICATIONS_ROLES } from './applications.roles';
import { AmendCall, CallCommand, CloseCall, OpenCall } from './call.commands';
import { CallAmended, CallEvent } from './call.events';
import { CallState, evolveCall, initialCallState, PublishedCall } from './call.state';

// Each check answers with the refusal, or undefined when the value is acceptable.
type Check = DomainError | undefined;

const requireText = (field: string, value: string): Check => (isBlank(value) ? CallError.becauseFieldRequired(field) : undefined);

function checkCap(capPerProject: number, programLimit: Won): Check {
  if (!isPositiveWon(capPerProject)) return CallError.becauseCapNotPositiveWon(capPerProject);
  return capPerProject > programLimit ? CallError.becauseCapAboveProgramLimit(capPerProject, programLimit) : undefined;
}

const checkTechnologyFields = (fields: readonly string[]): Check =>
  fields.length === 0 || fields.some(isBlank) ? CallError.becauseNoTechnologyFields() : undefined;

function checkWindow(opensAt: string, closesAt: string, now: string): Check {
  if (instantOf(opensAt) === undefined) return CallError.becauseTimeMalformed('opensAt');
  if (instantOf(closesAt) === undefined) return CallError.becauseTimeMalformed('closesAt');
  if (momentOf(opensAt) >= momentOf(closesAt)) return CallError.becauseClosesBeforeOpening(opensAt, closesAt);
  return momentOf(now) < momentOf(closesAt) ? undefined : CallError.becauseClosingInPast(closesAt, now);
}

const checkIndustryLevel = (level: string | undefined): Check =>
  level === undefined || (INDUSTRY_LEVELS as readonly string[]).includes(level) ? undefined : CallError.becauseIndustryLevelUnknown(level);

const checkOwnShare = (percent: number | undefined): Check =>
  percent === undefined || (Number.isInteger(percent) && percent >= OWN_SHARE_PERCENT_RANGE.min && percent <= OWN_SHARE_PERCENT_RANGE.max)
    ? undefined
    : CallError.becauseOwnShareOutOfRange(percent);

const firstRefusal = (checks: readonly Check[]): Check => checks.find(isDomainError);

function openCall({ data, metadata }: OpenCall, state: CallState, policy: ApplicationsPolicy): Decision<CallEvent> {
  if (state.status !== 'none') return CallError.becauseAlreadyOpened(data.callId);
  const refusal = firstRefusal([
    requireText('budgetLineId', data.budgetLineId),
    requireText('title', data.title),
    checkWindow(data.opensAt, data.closesAt, metadata.now),
    checkCap(data.capPerProject, data.programLimit),
    checkTechnologyFields(data.technologyFields),
    checkIndustryLevel(data.industryLevel),
    checkOwnShare(data.minimumOwnSharePercent),
  ]);
  if (refusal) return refusal;
  const { callId, budgetLineId, title, opensAt, closesAt, capPerProject, technologyFields } = data;
  // The eligibility terms are recorded as they apply, so a later change of the defaults leaves this call alone.
  const industryLevel = data.industryLevel ?? policy.defaultIndustryLevel;
  const minimumOwnSharePercent = data.minimumOwnSharePercent ?? policy.defaultMinimumOwnSharePercent;
  return [
    {
      type: 'CallOpened',
      data: { callId, budgetLineId, title, opensAt, closesAt, capPerProject: won(capPerProject), technologyFields, industryLevel, minimumOwnSharePercent },
    },
  ];
}

// Amending or closing is only possible while the call is still taking applications (or has
// yet to open): after its closing time the terms are what applicants were judged by.
function changeableCall(state: CallState, callId: string, now: string): PublishedCall | DomainError {
  if (state.status === 'none') return CallError.becauseNotFound(callId);
  if (state.status === 'closed-early') return CallError.becauseAlreadyClosed(callId);
  return momentOf(now) < momentOf(state.closesAt) ? state : CallError.becauseWindowPassed(callId, state.closesAt);
}

function amendCall({ data, metadata }: AmendCall, state: CallState): Decision<CallEvent> {
  const call = changeableCall(state, data.callId, metadata.now);
  if (isDomainError(call)) return call;
  const { callId, title, closesAt, capPerProject, technologyFields } = data;
  const refusal = firstRefusal([
    title === undefined ? undefined : requireText('title', title),
    closesAt === undefined ? undefined : checkWindow(call.opensAt, closesAt, metadata.now),
    capPerProject === undefined ? undefined : checkCap(capPerProject, data.programLimit),
    technologyFields === undefined ? undefined : checkTechnologyFields(technologyFields),
  ]);
  if (refusal) return refusal;
  // Only the terms named are recorded, so replaying the amendment leaves the others alone.
  const changes: Omit<CallAmended['data'], 'callId'> = {
    ...(title === undefined ? {} : { title }),
    ...(closesAt === undefined ? {} : { closesAt }),
    ...(capPerProject === undefined ? {} : { capPerProject: won(capPerProject) }),
    ...(technologyFields === undefined ? {} : { technologyFields }),
  };
  if (Object.keys(changes).length === 0) return CallError.becauseNothingToAmend(callId);
  return [{ type: 'CallAmended', data: { callId, ...changes } }];
}

function closeCall({ data, metadata }: CloseCall, state: CallState): Decision<CallEvent> {
  const call = changeableCall(state, data.callId, metadata.now);
  if (isDomainError(call)) return call;
  if (isBlank(data.reason)) return CallError.becauseFieldRequired('reason');
  return [{ type: 'CallClosedEarly', data: { callId: data.callId, closedAt: metadata.now, reason: data.reason } }];
}

/** The call (공고) aggregate, built with the program's policy (the eligibility terms a call gets by default). */
export function createCallDecider(policy: ApplicationsPolicy = DEFAULT_APPLICATIONS_POLICY): Decider<CallCommand, CallEvent, CallState> {
  return {
    initialState: initialCallState,
    evolve: evolveCall,
    decide: (command, state) => {
      const allowed: readonly Role[] = APPLICATIONS_ROLES[command.type];
      if (!allowed.includes(command.metadata.actor.role)) return CallError.becauseNotProgramManager(command.metadata.actor.role);
      switch (command.type) {
        case 'OpenCall':
          return openCall(command, state, policy);
        case 'AmendCall':
          return amendCall(command, state);
        case 'CloseCall':
          return closeCall(command, state);
        default:
          return assertNever(command);
      }
    },
  };
}

export const callDecider = createCallDecider();
