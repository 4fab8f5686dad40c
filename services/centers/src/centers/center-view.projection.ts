import type { RecordedEvent } from '@yunghap/event-store';
import { CenterEvent, OperatingInstitution, StaffMember } from '@yunghap/centers-domain';
import { assertNever } from '@yunghap/kernel';
import type { Projection } from '@yunghap/read-models';

export interface CenterView {
  readonly _id: string;
  readonly regionName: string;
  readonly institution: OperatingInstitution;
  readonly staff: readonly StaffMember[];
  readonly registeredAt: string;
  readonly updatedAt: string;
}

/** One document per center with its staff, for the center list and a center's page. */
export const centerViewProjection: Projection<CenterView> = {
  name: 'center-view',
  collection: 'centers',
  handles: ['CenterRegistered', 'CenterDetailsUpdated', 'StaffAssigned', 'StaffUnassigned'],
  documentId: (event) => (event.data as { centerId: string }).centerId,
  apply: (doc, recorded: RecordedEvent) => {
    const event = { type: recorded.type, data: recorded.data } as CenterEvent;
    switch (event.type) {
      case 'CenterRegistered':
        return { _id: event.data.centerId, regionName: event.data.regionName, institution: event.data.institution, staff: [], registeredAt: event.data.registeredAt, updatedAt: event.data.registeredAt };
      case 'CenterDetailsUpdated':
        return doc && { ...doc, regionName: event.data.regionName, institution: event.data.institution, updatedAt: event.data.updatedAt };
      case 'StaffAssigned':
        return doc && { ...doc, staff: [...doc.staff, { userId: event.data.userId, name: event.data.name, role: event.data.role }], updatedAt: event.data.assignedAt };
      case 'StaffUnassigned':
        return doc && { ...doc, staff: doc.staff.filter((member) => member.userId !== event.data.userId), updatedAt: event.data.unassignedAt };
      default:
        return assertNever(event);
    }
  },
};
