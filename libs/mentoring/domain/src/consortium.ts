/** A member firm of the consortium a mentor would serve. */
export interface ConsortiumFirm {
  readonly registrationNumber: string;
  /** The firm's KSIC code, as coarse as a section ("C") or as fine as a subclass ("C26110"). */
  readonly industryCode: string;
}

/**
 * The consortium as mentoring needs to know it: its firms and the technology fields of its
 * convergence task. `applicationId` is set when the mentoring accompanies an application; it is
 * absent for a consortium still forming, which the program mentors before any application.
 */
export interface Consortium {
  readonly consortiumId: string;
  readonly applicationId?: string;
  readonly firms: readonly ConsortiumFirm[];
  readonly technologyFields: readonly string[];
}

export function firmsOf(consortium: Consortium): readonly string[] {
  return consortium.firms.map((firm) => firm.registrationNumber);
}
