import { deciderSpecification } from '@yunghap/testing';
import { callLineDecider, NoteCallLine } from './call-line.decider';
import { Actor } from '@yunghap/kernel';
import { by, programManager } from './testing/fixtures';

const spec = deciderSpecification(callLineDecider);
/** The grants service consuming applications' `CallOpened`. */
const platform: Actor = { userId: 'yunghap', role: 'system' };
const note = (lineId: string, actor = platform): NoteCallLine => ({
  type: 'NoteCallLine',
  data: { callId: 'call-2026-it', lineId },
  metadata: by(actor),
});

describe('a call’s budget line, as grants heard of it', () => {
  it('notes the line a call was opened on, once: a redelivery records nothing', () => {
    spec
      .given([])
      .when(note('it-convergence'))
      .then([{ type: 'CallLineNoted', data: { callId: 'call-2026-it', lineId: 'it-convergence' } }]);
    spec
      .given([{ type: 'CallLineNoted', data: { callId: 'call-2026-it', lineId: 'it-convergence' } }])
      .when(note('advanced-technology-innovation'))
      .then([]);
  });

  it('comes from another service only', () => {
    spec.given([]).when(note('it-convergence', programManager)).thenFails('CALL_LINE.ROLE_NOT_ALLOWED');
  });
});
