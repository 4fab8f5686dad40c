#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { formatSummary, parseTrustedKeys, Rejection, verifyPacket } from '../src/index.mjs';

// Exit codes: 0 every check passed, 1 the packet is rejected, 2 the verifier could not do its work
// (usage, a file it cannot read, a trusted-keys file with a bad key).
const USAGE = `사용법 (usage): yunghap-verify <packet.json> [--trusted-keys <file>]
  --trusted-keys <file>  신뢰하는 검증 키, 한 줄에 하나 (the verifier keys you trust, one per line; # comments)
종료 코드 (exit codes): 0 통과 (accepted), 1 거부 (rejected), 2 사용 오류·읽기 실패 (usage error, unreadable file)
`;

/**
 * @param {string} message
 * @returns {2}
 */
function usageError(message) {
  process.stderr.write(`${message}\n${USAGE}`);
  return 2;
}

const PACKET_FILE = { korean: '꾸러미', english: 'the packet' };
const KEYS_FILE = { korean: '신뢰 키 파일', english: 'the trusted-keys file' };

/**
 * @param {string} path
 * @param {{ korean: string, english: string }} fileName
 * @returns {Buffer | undefined}
 */
function readOrReport(path, fileName) {
  try {
    return readFileSync(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${fileName.korean} ${path}을(를) 읽을 수 없습니다 (cannot read ${fileName.english} ${path}): ${reason}\n`);
    return undefined;
  }
}

/**
 * @param {string[]} args
 * @returns {0 | 1 | 2}
 */
function main(args) {
  /** @type {{ values: { 'trusted-keys'?: string, help?: boolean }, positionals: string[] }} */
  let parsed;
  try {
    parsed = parseArgs({ args, options: { 'trusted-keys': { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
  if (parsed.values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (parsed.positionals.length !== 1) return usageError('꾸러미 파일 하나를 지정하십시오 (name one packet file)');
  const packetFile = readOrReport(parsed.positionals[0], PACKET_FILE);
  if (packetFile === undefined) return 2;

  const keysPath = parsed.values['trusted-keys'];
  /** @type {Set<string> | undefined} */
  let trustedKeys;
  if (keysPath !== undefined) {
    const keysFile = readOrReport(keysPath, KEYS_FILE);
    if (keysFile === undefined) return 2;
    try {
      trustedKeys = parseTrustedKeys(keysFile.toString('utf8'));
    } catch (error) {
      return usageError(error instanceof Error ? error.message : String(error));
    }
  }

  try {
    process.stdout.write(formatSummary(verifyPacket(packetFile, { trustedKeys }), trustedKeys !== undefined));
    return 0;
  } catch (error) {
    if (!(error instanceof Rejection)) throw error;
    process.stdout.write(`${error.message}\n`);
    return 1;
  }
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // A bug of the verifier must not read as a verdict on the packet.
  process.stderr.write(`검증기 내부 오류 (internal error of the verifier): ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 2;
}
