import type { ProgramRole, Upstreams } from '../config/gateway-config';
import type { SignedInUser } from '../session/gateway-session';
import type { ServiceTokenIssuer } from '../tokens/service-token';
import { PersonRecords, RoleOption, roleOptionsOf } from './role-option';

interface CentersPerson {
  readonly staff: readonly { readonly centerId: string }[];
  readonly applicant: PersonRecords['applicant'];
}

/** The services could not say who a person is: nobody gets a role on a guess. */
export class IdentityUnavailable extends Error {}

/**
 * Asks the services what a signed-in person may do: the centers' staff lists and applicant
 * register, evaluation's committees, and the configured program-wide roles.
 */
export class IdentityResolver {
  constructor(
    private readonly upstreams: Upstreams,
    private readonly tokens: ServiceTokenIssuer,
    private readonly programRoles: Readonly<Record<string, ProgramRole>>,
  ) {}

  async roleOptions(user: SignedInUser): Promise<RoleOption[]> {
    const gateway = (await this.tokens.gateway()).value;
    const subject = encodeURIComponent(user.sub);
    const [person, committees] = await Promise.all([
      this.read<CentersPerson>(`${this.upstreams.centers}/api/centers/people/${subject}`, gateway),
      this.read<{ committeeIds: string[] }>(`${this.upstreams.evaluation}/api/evaluation/members/${subject}/committees`, gateway),
    ]);
    const staff = await Promise.all(person.staff.map(async ({ centerId }) => ({ centerId, regionName: await this.regionName(user, centerId) })));
    return roleOptionsOf({ programRole: this.programRoles[user.sub], staff, committeeIds: committees.committeeIds, applicant: person.applicant });
  }

  /** The center's Korean region name for the label, read as the person's own staff role; the id when it cannot be read. */
  private async regionName(user: SignedInUser, centerId: string): Promise<string | undefined> {
    const token = (await this.tokens.issue({ sub: user.sub, role: 'center-staff', name: user.name, centerId })).value;
    try {
      return (await this.read<{ regionName?: string }>(`${this.upstreams.centers}/api/centers/centers/${encodeURIComponent(centerId)}`, token)).regionName;
    } catch {
      return undefined;
    }
  }

  private async read<T>(url: string, token: string): Promise<T> {
    let response: Response;
    try {
      response = await fetch(url, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' }, signal: AbortSignal.timeout(5_000) });
    } catch (error) {
      throw new IdentityUnavailable(`${url}: ${(error as Error).message}`);
    }
    if (!response.ok) throw new IdentityUnavailable(`${url} answered ${response.status}`);
    return (await response.json()) as T;
  }
}
