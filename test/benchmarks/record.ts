import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const FILE = path.join(__dirname, '..', '..', 'docs', 'benchmarks.md');

/** What else the machine was running as the benchmark began: on two cores it moves the figures. */
const LOAD_AT_START = os.loadavg()[0];

/** Prints a result table and appends it, dated and with the machine's shape, to docs/benchmarks.md. */
export function recordBenchmark(
  title: string,
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
  notes: readonly string[] = [],
): void {
  const table = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
  const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown cpu'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${LOAD_AT_START.toFixed(1)} as the run began`;
  const section = `\n### ${title} — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC\n\n${machine}\n\n${table}\n${notes.map((n) => `\n${n}`).join('')}\n`;
  process.stdout.write(section);
  if (!existsSync(FILE)) writeFileSync(FILE, '# Benchmarks\n\nFigures appended by `npm run bench`; see docs/operations.md for how to run them.\n');
  appendFileSync(FILE, section);
}

export function perSecond(count: number, elapsedNs: bigint): number {
  return Math.round(count / (Number(elapsedNs) / 1e9));
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
