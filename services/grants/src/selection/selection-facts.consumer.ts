import { ApplicationScreenedV1, ApplicationSubmittedPayload, ApplicationSubmittedV1, EvaluationCompletedV1 } from '@yunghap/contracts';
import { candidateDecider, ConsortiumMember, GrantsStreams, NoteSelectionFact, SelectionFact } from '@yunghap/grants-domain';
import { isDomainError, parseProvince, Province, won } from '@yunghap/kernel';
import { CommandOf, commandTarget, defineConsumer } from '@yunghap/platform-nest';

// Only a non-system actor is refused, which a consumer never is: a refusal here is a bug worth parking.
const candidate = commandTarget({ decider: candidateDecider, streamId: (command) => GrantsStreams.candidate(command.data.applicationId) });

/** Notes `fact` on the application's candidate, with who decided it in the other service for the audit trace. */
const noted =
  <P>(factOf: (payload: P) => { readonly applicationId: string; readonly fact: SelectionFact }): CommandOf<P, NoteSelectionFact> =>
  (payload, metadata, { actor }) => ({ type: 'NoteSelectionFact', data: { ...factOf(payload), ...(actor && { decidedBy: actor }) }, metadata });

/**
 * The consortium's firms, the lead first. A message sent before the applications service named the
 * firms carries their registration numbers only: the names are then unknown (null).
 */
function membersOf({
  leadRegistrationNumber,
  memberRegistrationNumbers,
  members,
}: Pick<ApplicationSubmittedPayload, 'leadRegistrationNumber' | 'memberRegistrationNumbers' | 'members'>): ConsortiumMember[] {
  if (members) return members.map(({ registrationNumber, name, lead }) => ({ registrationNumber, name, lead }));
  return memberRegistrationNumbers.map((registrationNumber) => ({ registrationNumber, name: null, lead: registrationNumber === leadRegistrationNumber }));
}

/** The contract accepts a decomposed spelling too; the fact keeps the one the reports group by. */
function provinceOf(raw: string | undefined): { readonly province?: Province } {
  const province = raw === undefined ? undefined : parseProvince(raw);
  return province === undefined || isDomainError(province) ? {} : { province };
}

/**
 * Keeps the selection facts grants decides on: the requested amount from the applications
 * service and the result from the evaluation service. Appended through the consumer's session,
 * so the copy commits with the processed message id; the causation id is the message id, which the
 * audit trace shows.
 */
export const selectionFactsConsumer = defineConsumer({
  name: 'grants.on-selection-facts',
  reads: [
    candidate.on(
      ApplicationSubmittedV1,
      noted(({ applicationId, callId, centerId, title, requestedWon, submittedAt, province, ...firms }) => ({
        applicationId,
        fact: {
          kind: 'submission',
          callId,
          centerId,
          title,
          requestedWon: won(requestedWon),
          submittedAt,
          members: membersOf(firms),
          ...provinceOf(province),
        },
      })),
    ),
    candidate.on(
      ApplicationScreenedV1,
      noted(({ applicationId, callId, centerId, eligible, failedRules, requestedWon, screenedAt }) => ({
        applicationId,
        fact: { kind: 'screening', callId, centerId, eligible, failedRules: failedRules.map((rule) => rule.code), requestedWon: won(requestedWon), screenedAt },
      })),
    ),
    candidate.on(
      EvaluationCompletedV1,
      noted(({ applicationId, callId, centerId, passed, totalHundredths, criteria, sealedSheets, failedReasons, completedAt }) => ({
        applicationId,
        fact: {
          kind: 'evaluation',
          callId,
          centerId,
          passed,
          totalHundredths,
          criteria: criteria.map(({ criterionId, meanHundredths, metMinimum }) => ({ criterionId, meanHundredths, metMinimum })),
          sealedSheets,
          failedReasons,
          completedAt,
        },
      })),
    ),
  ],
});
