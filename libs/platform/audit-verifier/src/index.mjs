export { EVIDENCE_FORMAT } from './packet-shape.mjs';
export { Rejection } from './rejection.mjs';
export { parseTrustedKeys } from './trusted-keys.mjs';
export { verifyPacket } from './verify-packet.mjs';
export { formatSummary } from './summary.mjs';
