import { CenterEvent, OperatingInstitution, StaffMember } from '@yunghap/centers-domain';
import { assertNever } from '@yunghap/kernel';
import { collectionRef, defineProjection } from '@yunghap/read-models';

export interface CenterView {
  readonly _id: string;
  readonly regionName: string;
  readonly institution: OperatingInstitution;
  readonly staff: readonly StaffMember[];
  readonly registeredAt: string;
  readonly updatedAt: string;
}

export const CENTERS = collectionRef<CenterView>('centers');

/** One document per center with its staff, for the center list and a center's page. */
export const centerViewProjection = defineProjection<CenterEvent, CenterView>({
  name: 'center-view',
  collection: CENTERS,
  handles: { CenterRegistered: true, CenterDetailsUpdated: true, StaffAssigned: true, StaffUnassigned: true },
  idOf: (event) => event.data.centerId,
  evolve: (doc, event) => {
    switch (event.type) {
      case 'CenterRegistered':
        return {
          _id: event.data.centerId,
          regionName: event.data.regionName,
          institution: event.data.institution,
          staff: [],
          registeredAt: event.data.registeredAt,
          updatedAt: event.data.registeredAt,
        };
      case 'CenterDetailsUpdated':
        return doc && { ...doc, regionName: event.data.regionName, institution: event.data.institution, updatedAt: event.data.updatedAt };
      case 'StaffAssigned':
        return (
          doc && {
            ...doc,
            staff: [...doc.staff, { userId: event.data.userId, name: event.data.name, role: event.data.role }],
            updatedAt: event.data.assignedAt,
          }
        );
      case 'StaffUnassigned':
        return doc && { ...doc, staff: doc.staff.filter((member) => member.userId !== event.data.userId), updatedAt: event.data.unassignedAt };
      default:
        return assertNever(event);
    }
  },
});
