import { spawn } from 'node:child_process';
import path from 'node:path';

const workspaceRoot = path.resolve(__dirname, '../../../..');

/** How a worker process ended (the signal that stopped it, if any) and everything it printed. */
export interface WorkerExit {
  readonly signal: NodeJS.Signals | null;
  readonly output: string;
}

/**
 * Runs a TypeScript worker (a file that stages a crash, e.g. a SIGKILL of itself mid-transaction)
 * in a process of its own, with `settings` added to its environment, and resolves when it ends;
 * one that has not ended after `timeoutMs` is stopped with SIGTERM, which the caller sees.
 */
export function runWorker(workerFile: string, settings: Readonly<Record<string, string>>, timeoutMs: number): Promise<WorkerExit> {
  const worker = spawn(process.execPath, ['-r', '@swc-node/register', workerFile], {
    cwd: workspaceRoot,
    env: { ...process.env, NODE_OPTIONS: '', SWC_NODE_PROJECT: 'tsconfig.base.json', ...settings },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  worker.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  worker.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const timeout = setTimeout(() => worker.kill('SIGTERM'), timeoutMs);
  return new Promise((resolve) =>
    worker.on('exit', (_code, signal) => {
      clearTimeout(timeout);
      resolve({ signal, output });
    }),
  );
}
