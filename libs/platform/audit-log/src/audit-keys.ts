import { deriveNoteKeyPair, NoteSigner, NoteVerifier, parseSignerKey, parseVerifierKey, verifierKeyOf } from '@yunghap/transparency-log';

/**
 * The keys of one service's log. The deployment holds one secret, `AUDIT_SIGNING_KEY` (a signer key
 * in the golang.org/x/mod/sumdb/note format, named for the deployment); each service signs with a
 * key derived from it and named `<that name>/<service>`, which is also its log's origin. Keys of
 * earlier years stay as verifier keys (`AUDIT_RETIRED_KEYS`) so old checkpoints still verify.
 * Example: `logKeys('PRIVATE+KEY+audit.yunghap.example+…', 'grants', [])`
 */
export interface LogKeys {
  readonly origin: string;
  readonly signer: NoteSigner;
  /** The current key first, then the retired ones of this origin. */
  readonly verifierKeys: readonly string[];
  readonly verifiers: readonly NoteVerifier[];
}

export function logKeys(deploymentSignerKey: string, service: string, retiredVerifierKeys: readonly string[]): LogKeys {
  const deployment = parseSignerKey(deploymentSignerKey).name;
  const origin = `${deployment}/${service}`;
  const { signerKey, verifierKey } = deriveNoteKeyPair(deploymentSignerKey, origin);
  const retired = retiredVerifierKeys.filter((key) => parseVerifierKey(key).name === origin && key !== verifierKey);
  const verifierKeys = [verifierKey, ...retired];
  return { origin, signer: parseSignerKey(signerKey), verifierKeys, verifiers: verifierKeys.map(parseVerifierKey) };
}

/** The public half of the deployment key, for the key list a well-known endpoint serves. */
export function deploymentVerifierKey(deploymentSignerKey: string): string {
  return verifierKeyOf(deploymentSignerKey);
}
