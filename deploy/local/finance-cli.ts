// `npm run finance -- budget check` and `npm run finance -- audit verify`: finance's two checks
// from a terminal, against the grants service (GRANTS_URL, default http://127.0.0.1:3003).
// Exits 0 when everything holds, 1 when a check finds a problem, 2 on wrong usage.
import { issueToken, loadAuthConfig } from '@yunghap/platform-nest';

interface CheckResult {
  readonly ok: boolean;
  readonly report: string;
}

async function getJson(url: string, token: string): Promise<Record<string, unknown>> {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  const body = (await res.json()) as Record<string, unknown>;
  if (!res.ok) throw new Error(`${url} answered ${res.status}: ${JSON.stringify(body)}`);
  return body;
}

interface LineCheck {
  readonly lineId: string;
  readonly amount: number;
  readonly available: number;
  readonly committed: number;
  readonly disbursed: number;
  readonly recovered: number;
  readonly violations: readonly string[];
}

/** Runs one check and describes its outcome in plain lines. */
export async function runFinanceCheck(args: readonly string[], grantsUrl: string, token: string): Promise<CheckResult> {
  const command = args.join(' ');
  if (command === 'budget check') {
    const body = await getJson(`${grantsUrl}/api/grants/budget/check`, token);
    const lines = (body['lines'] as LineCheck[]).map(
      (l) =>
        `${l.violations.length ? 'BROKEN' : 'ok    '} ${l.lineId}: amount ${l.amount} = available ${l.available} + committed ${l.committed} + disbursed ${l.disbursed} − recovered ${l.recovered}${l.violations.map((v) => `\n       ${v}`).join('')}`,
    );
    const program = (body['programViolations'] as string[]).map((v) => `BROKEN program: ${v}`);
    return { ok: body['ok'] === true, report: [`budget check ${body['year']}: ${body['ok'] ? 'ok' : 'BROKEN'}`, ...program, ...lines].join('\n') };
  }
  if (command === 'audit verify') {
    const body = await getJson(`${grantsUrl}/api/grants/audit-log/verify`, token);
    const chain = body['chain'] as { ok: boolean; streamsChecked: number; eventsChecked: number; firstBreak: string | null };
    const log = body['log'] as {
      logSize: number;
      witnessed: { treeSize: number } | null;
      uncovered: number;
      firstAffectedPosition: number | null;
      problem: string | null;
    };
    const witnessed = log.witnessed ? `against the witnessed checkpoint at ${log.witnessed.treeSize}` : 'no checkpoint witnessed yet';
    const head = `audit verify: ${body['ok'] ? 'ok' : 'BROKEN'} (${chain.streamsChecked} streams, ${chain.eventsChecked} events; the log ${witnessed}, ${log.uncovered} not yet covered)`;
    const problems = [
      chain.firstBreak && `hash chain: ${chain.firstBreak}`,
      log.problem && `witnesses: position ${log.firstAffectedPosition ?? '?'}: ${log.problem}`,
    ].filter(Boolean);
    return { ok: body['ok'] === true, report: [head, ...problems].join('\n') };
  }
  throw new RangeError(`unknown check "${command}": use "budget check" or "audit verify"`);
}

async function main(): Promise<void> {
  const grantsUrl = process.env['GRANTS_URL'] ?? `http://127.0.0.1:${process.env['GRANTS_PORT'] ?? 3003}`;
  const token = process.env['YUNGHAP_TOKEN'] ?? issueToken({ sub: 'finance-cli', role: 'auditor' }, loadAuthConfig(process.env).jwtSecret, 300);
  try {
    const { ok, report } = await runFinanceCheck(process.argv.slice(2), grantsUrl, token);
    process.stdout.write(`${report}\n`);
    process.exit(ok ? 0 : 1);
  } catch (error) {
    process.stderr.write(`finance: ${(error as Error).message}\n`);
    process.exit(error instanceof RangeError ? 2 : 1);
  }
}

if (require.main === module) void main();
