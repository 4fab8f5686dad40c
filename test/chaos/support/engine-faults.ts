import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { workspaceRoot } from '../../support/local-platform';

export type EngineName = 'postgres' | 'kafka' | 'ferretdb';

/** Engine faults through the project's own scripts: what an operator's `infra.sh down` does. */
function infra(action: 'up' | 'down', engine: EngineName): void {
  execFileSync('bash', ['deploy/local/infra.sh', action, engine], { cwd: workspaceRoot, stdio: 'pipe', timeout: 300_000 });
}

export const stopEngine = (engine: EngineName) => infra('down', engine);
export const startEngine = (engine: EngineName) => infra('up', engine);

/** The postmaster and every backend it forked: freezing only the postmaster would leave open sessions answering. */
function postgresProcesses(): number[] {
  const pidFile = path.join(workspaceRoot, '.infra', 'postgres', 'data', 'postmaster.pid');
  const postmaster = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  const children = execFileSync('ps', ['-o', 'pid=', '--ppid', String(postmaster)], { encoding: 'utf8' })
    .split('\n')
    .map((line) => Number(line.trim()))
    .filter((pid) => pid > 0);
  return [postmaster, ...children];
}

/** SIGSTOP on the whole server: connections stay open and nothing answers, as with a hung host. */
export function freezePostgres(): readonly number[] {
  const pids = postgresProcesses();
  for (const pid of pids) process.kill(pid, 'SIGSTOP');
  return pids;
}

export function thawPostgres(pids: readonly number[]): void {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGCONT');
    } catch {
      // A backend may have gone meanwhile: there is nothing left to wake.
    }
  }
}
