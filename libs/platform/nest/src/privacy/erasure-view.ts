import type { RecordedEvent } from '@yunghap/event-store';
import type { ErasureEvent } from '@yunghap/personal-data';
import type { ErasureRequestResponse } from './privacy-erasure.response.dto';

/** An erasure request from its stream's events (proposed first), or null for a stream without a proposal. */
export function erasureView(events: readonly RecordedEvent[]): ErasureRequestResponse | null {
  let view = null as ErasureRequestResponse | null;
  for (const recorded of events) {
    const event = { type: recorded.type, data: recorded.data } as unknown as ErasureEvent;
    if (event.type === 'PersonalDataErasureProposed') {
      const { requestId, subject, reason, retentionEndedAt, proposedBy, proposedAt } = event.data;
      view = {
        requestId,
        subject,
        status: 'proposed',
        reason,
        retentionEndedAt,
        proposedBy,
        proposedAt,
        decidedBy: null,
        decidedAt: null,
        rejectionReason: null,
      };
    } else if (view !== null && event.type === 'PersonalDataErasureApproved') {
      view = { ...view, status: 'approved', decidedBy: event.data.approvedBy, decidedAt: event.data.approvedAt };
    } else if (view !== null && event.type === 'PersonalDataErasureRejected') {
      view = { ...view, status: 'rejected', decidedBy: event.data.rejectedBy, decidedAt: event.data.rejectedAt, rejectionReason: event.data.reason };
    }
  }
  return view;
}
