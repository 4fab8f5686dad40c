import type { RoleOption } from '../identity/role-option';
import type { ServiceToken } from '../tokens/service-token';

export interface SignedInUser {
  readonly sub: string;
  readonly name: string;
  readonly email?: string;
}

/** A sign-in under way: what the callback must find again (code + PKCE, state, nonce). */
export interface PendingSignIn {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
  readonly returnTo: string;
}

/** What the gateway keeps for one browser, server-side; the browser holds only the opaque id. */
export interface GatewaySession {
  readonly id: string;
  readonly createdAt: number;
  lastSeenAt: number;
  pendingSignIn?: PendingSignIn;
  user?: SignedInUser;
  /** For RP-initiated logout at a real provider. */
  idToken?: string;
  roles: RoleOption[];
  activeRole?: RoleOption;
  /** The token of the active role, none without one. */
  token?: ServiceToken;
  /** When roles are resolved again and the token renewed (milliseconds since the epoch); undefined: at the next request. */
  rolesDueAt?: number;
}
