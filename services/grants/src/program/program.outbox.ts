import { ProjectCapSetV1 } from '@yunghap/contracts';
import { HandleOptions, OutboxContext } from '@yunghap/event-store';
import { PROJECT_CAP_WON, ProgramEvent, ProgramState } from '@yunghap/grants-domain';
import { Won } from '@yunghap/kernel';
import { publish } from '@yunghap/platform-nest';

/**
 * The program's policy other services screen with: its cap per project, when the year is opened
 * and whenever it changes, keyed by the year. Lines and transfers stay in grants.
 */
function programMessages(events: readonly ProgramEvent[], _state: ProgramState, context: OutboxContext) {
  const capMessage = (year: number, maxGrantPerProject: Won) =>
    publish(ProjectCapSetV1, String(year), { year, maxGrantPerProject, setAt: context.occurredAt }, context);
  return events.flatMap((event) => {
    switch (event.type) {
      case 'ProgramOpened':
        return [capMessage(event.data.year, event.data.maxGrantPerProject ?? PROJECT_CAP_WON)];
      case 'ProjectCapSet':
        return [capMessage(event.data.year, event.data.maxGrantPerProject)];
      default:
        return [];
    }
  });
}

/** Opening the year and changing its cap are appended with their messages, in the same transaction. */
export const PROGRAM_OUTBOX: HandleOptions<ProgramEvent, ProgramState> = { outbox: programMessages };
