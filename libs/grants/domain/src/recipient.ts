/**
 * One firm of the consortium an award goes to. `name` is null when the application's submission
 * reached grants before the applications service sent firms' names.
 */
export interface ConsortiumMember {
  readonly registrationNumber: string;
  readonly name: string | null;
  readonly lead: boolean;
}

/** Who an award goes to: the consortium's lead firm (its registration number and name) and every member, the lead first. */
export interface Recipient {
  readonly leadRegistrationNumber: string;
  readonly leadName: string | null;
  readonly members: readonly ConsortiumMember[];
}

/** The recipient of an award to the consortium `members` (the lead firm is the one marked so, else the first). */
export function recipientOf(members: readonly ConsortiumMember[]): Recipient | undefined {
  const lead = members.find((member) => member.lead) ?? members[0];
  if (lead === undefined) return undefined;
  return { leadRegistrationNumber: lead.registrationNumber, leadName: lead.name, members };
}
