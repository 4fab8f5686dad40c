import { openLogCheckpoint } from './log-checkpoint.mjs';
import { proveEvents } from './log-events.mjs';
import { readPacket } from './packet-shape.mjs';
import { withinLog } from './rejection.mjs';
import { checkSeal, sealTextOf } from './seal.mjs';
import { checkStreamChains } from './stream-chains.mjs';

/**
 * What a packet that passed every check says.
 * @typedef {object} VerifiedPacket
 * @property {string} subject
 * @property {string[]} sealedBy         labels (`<name>+<key id>`) of the keys that signed the seal
 * @property {VerifiedLog[]} logs
 *
 * @typedef {object} VerifiedLog
 * @property {string} origin
 * @property {number} treeSize
 * @property {string} rootBase64
 * @property {string[]} keys             labels of the log's verifier keys, as the packet gives them
 * @property {string[]} signedBy         labels of those keys that signed the checkpoint
 * @property {string[]} cosigners        labels of the other keys that signed it (unchecked)
 * @property {number} events
 */

/**
 * Runs the checks of yunghap-evidence/1 on a packet file, in the spec's order, and stops at the first
 * failure by throwing a `Rejection`. Without `trustedKeys` the keys are the packet's own: the result
 * then shows only that the packet is consistent, not who issued it.
 * Example: `verifyPacket(readFileSync('packet.json'), { trustedKeys: parseTrustedKeys(text) }).logs[0].treeSize`
 * @param {Uint8Array} file
 * @param {{ trustedKeys?: ReadonlySet<string> }} [options]
 * @returns {VerifiedPacket}
 */
export function verifyPacket(file, { trustedKeys } = {}) {
  const packet = readPacket(file);
  const logs = packet.logs.map((log) =>
    withinLog(log.origin, () => {
      const opened = openLogCheckpoint(log, trustedKeys);
      const events = proveEvents(log.events, opened.checkpoint);
      checkStreamChains(events);
      return { opened, events };
    }),
  );
  const issuer = logs[0].opened;
  const sealedBy = withinLog(issuer.origin, () => checkSeal(packet.seal, issuer.keys, sealTextOf(packet.subject, logs)));
  return {
    subject: packet.subject,
    sealedBy: sealedBy.map((key) => key.label),
    logs: logs.map(({ opened, events }) => ({
      origin: opened.origin,
      treeSize: opened.checkpoint.size,
      rootBase64: opened.checkpoint.rootBase64,
      keys: opened.keys.map((key) => key.label),
      signedBy: opened.signedBy.map((key) => key.label),
      cosigners: opened.cosigners,
      events: events.length,
    })),
  };
}
