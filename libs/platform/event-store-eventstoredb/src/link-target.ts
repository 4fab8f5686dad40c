/**
 * The body of a link event (type `$>`), which the server resolves to the event it names:
 * `revision@streamId`. The revision comes first, so a stream id may itself contain `@`.
 */
export function linkTarget(streamId: string, revision: bigint): string {
  return `${revision}@${streamId}`;
}

export function parseLinkTarget(body: string): { readonly streamId: string; readonly revision: bigint } {
  const at = body.indexOf('@');
  const revision = body.slice(0, at);
  if (at < 1 || !/^\d+$/.test(revision)) throw new Error(`Not a link target: ${JSON.stringify(body)}`);
  return { streamId: body.slice(at + 1), revision: BigInt(revision) };
}

/** The target of a link as read back (the server returns a link's body as bytes). */
export function linkTargetOf(link: { readonly data: unknown }): string {
  if (!(link.data instanceof Uint8Array)) throw new Error('A link event has no binary body');
  return Buffer.from(link.data).toString('utf8');
}
