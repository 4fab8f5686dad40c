/**
 * The report printed for a packet that passed, Korean first. Without trusted keys it ends with the
 * warning that matters most: the packet vouched for its own keys, so they must be compared with the
 * keys Yunghap publishes before the result means anything.
 * @param {import('./verify-packet.mjs').VerifiedPacket} verified
 * @param {boolean} keysTrusted   whether the user gave trusted keys
 * @returns {string}
 */
export function formatSummary(verified, keysTrusted) {
  const lines = [
    '통과: 증거 꾸러미가 모든 검사를 통과했습니다 (accepted: the evidence packet passed every check)',
    `대상 (subject): ${verified.subject}`,
    `봉인 서명 키 (seal signed by): ${verified.sealedBy.join(', ')}`,
  ];
  for (const log of verified.logs) {
    lines.push(
      `로그 (log) ${log.origin}`,
      `  트리 크기 (tree size): ${log.treeSize}`,
      `  루트 (root): ${log.rootBase64}`,
      `  서명한 키 (signed by): ${log.signedBy.join(', ')}`,
      `  공동 서명 (cosignatures): ${log.cosigners.length}${log.cosigners.length === 0 ? '' : ` — ${log.cosigners.join(', ')}`}`,
      `  사건 수 (events): ${log.events}`,
    );
  }
  if (!keysTrusted) {
    const keys = [...new Set(verified.logs.flatMap((log) => log.keys))].join(', ');
    lines.push(
      `경고: 검증 키를 꾸러미 자체에서 가져왔습니다. 공개된 키(GET /.well-known/yunghap-audit-keys)와 비교하거나 --trusted-keys로 지정하십시오: ${keys}`,
      `(warning: the keys were taken from the packet itself; compare them with the published keys (GET /.well-known/yunghap-audit-keys) or give them with --trusted-keys: ${keys})`,
    );
  }
  return `${lines.join('\n')}\n`;
}
