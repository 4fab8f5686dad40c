import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';

/** Linux counts process CPU in clock ticks; 100 a second on every kernel this runs on. */
const TICKS_PER_SECOND = 100;

/** Which of the machine's processes a figure counts, named by a group (e.g. "postgres"). */
export type ProcessGroups = (commandLine: string, pid: number) => string | null;

/** The platform's processes in the distributed mode: the five service bundles and the three engines. */
export const platformProcesses: ProcessGroups = (commandLine) => {
  const service = /dist\/services\/(\w+)\//.exec(commandLine);
  if (service) return service[1];
  if (commandLine.startsWith('postgres')) return 'postgres';
  if (commandLine.includes('ferretdb')) return 'ferretdb';
  if (commandLine.includes('kafka.Kafka')) return 'kafka';
  return null;
};

/** This process alone (the single-process platform, with the load generator in it). */
export const thisProcess: ProcessGroups = (_commandLine, pid) => (pid === process.pid ? 'single process + load generator' : null);

function ticksByGroup(groups: ProcessGroups): Map<string, number> {
  const ticks = new Map<string, number>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    try {
      const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      const group = groups(commandLine, pid);
      if (group === null) continue;
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command name, which may hold spaces: utime and stime are the 12th and 13th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks.set(`${group}\0${pid}`, Number(fields[11]) + Number(fields[12]));
    } catch {
      // The process ended between listing and reading.
    }
  }
  return ticks;
}

/** CPU milliseconds each group used between `start()` and `stop()`, processes started meanwhile included. */
export function startCpuAccounting(groups: ProcessGroups): { stop(): Map<string, number> } {
  const before = ticksByGroup(groups);
  return {
    stop() {
      const used = new Map<string, number>();
      for (const [key, ticks] of ticksByGroup(groups)) {
        const group = key.slice(0, key.indexOf('\0'));
        used.set(group, (used.get(group) ?? 0) + ((ticks - (before.get(key) ?? 0)) * 1000) / TICKS_PER_SECOND);
      }
      return used;
    },
  };
}

/** Requests a second the machine's cores could serve at most, were they doing nothing but this. */
export function ceilingPerSecond(cpuMsPerUnit: number): number {
  return (os.cpus().length * 1000) / cpuMsPerUnit;
}
