import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { ServiceName } from '@yunghap/platform-nest';
import { localEngines, requireEngine } from '@yunghap/testing';
import { distributedEnv, dropNamespace, ExtraEnv, freePort, Platform, SERVICES, workspaceRoot } from './local-platform';

/** A service process as operators run it: the built bundle, not the TypeScript sources. */
function entryOf(service: ServiceName): string {
  return path.join(workspaceRoot, 'dist', 'services', service, 'services', service, 'src', 'main.js');
}

/** Builds the bundles the suite runs from the sources as they are (a second each), never a stale one. */
export function buildServices(): void {
  for (const service of SERVICES)
    execFileSync(process.execPath, ['deploy/build/build-service.js', `services/${service}`], { cwd: workspaceRoot, stdio: 'pipe' });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `/health`'s body: the verdict and each dependency's check. */
interface HealthBody {
  readonly status: string;
  readonly checks: Record<string, { readonly status: string; readonly detail?: string; readonly [figure: string]: unknown }>;
}

/** How long a restarted service took to answer HTTP at all, and to report itself healthy. */
export interface Recovery {
  readonly serving: number;
  readonly healthy: number;
}

/**
 * The distributed mode as operators run it: each service its own process (the built bundle) over
 * PostgreSQL, FerretDB and Kafka, under a namespace of its own so that it shares the engines with
 * nobody; and its processes in the test's hands: kill one with SIGKILL, start it again on the same
 * port, and time how long it takes to serve.
 */
export class DistributedPlatform implements Platform {
  readonly mode = 'distributed';
  private readonly children = new Map<ServiceName, ChildProcess>();
  private readonly ports = new Map<ServiceName, number>();

  private constructor(
    readonly namespace: string,
    private readonly logDir: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  static async start(namespace: string, env: ExtraEnv = {}): Promise<DistributedPlatform> {
    const engines = localEngines();
    await Promise.all([requireEngine(engines.postgres), requireEngine(engines.kafka), requireEngine(engines.mongo)]);
    buildServices();
    const logDir = path.join(workspaceRoot, 'dist', 'platform-logs', namespace);
    mkdirSync(logDir, { recursive: true });
    const platform = new DistributedPlatform(namespace, logDir, { ...distributedEnv(namespace), ...env });
    try {
      // Every port first: each service is told where all the others answer.
      for (const service of SERVICES) platform.ports.set(service, await freePort());
      for (const service of SERVICES) {
        platform.spawn(service);
        await platform.waitHealthy(service, 120_000);
      }
    } catch (error) {
      await platform.stop();
      throw error;
    }
    return platform;
  }

  url(service: ServiceName): string {
    return `http://127.0.0.1:${this.ports.get(service)}`;
  }

  get urls(): Record<ServiceName, string> {
    return Object.fromEntries(SERVICES.map((service) => [service, this.url(service)])) as Record<ServiceName, string>;
  }

  /** SIGKILL: no shutdown hook runs, no consumer leaves its group, nothing is flushed. */
  async kill(service: ServiceName): Promise<void> {
    const child = this.children.get(service);
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  /** Starts the service again on its port and times its way back (see Recovery). */
  async restart(service: ServiceName): Promise<Recovery> {
    const started = Date.now();
    this.spawn(service);
    return this.waitHealthy(service, 120_000, started);
  }

  async health(service: ServiceName): Promise<{ status: number; body: HealthBody } | null> {
    try {
      const res = await fetch(`${this.url(service)}/health`, { signal: AbortSignal.timeout(5_000) });
      return { status: res.status, body: (await res.json()) as HealthBody };
    } catch {
      return null;
    }
  }

  /** Waits until /health is 200 ok; fails with the last health body when `timeoutMs` passes. */
  async waitHealthy(service: ServiceName, timeoutMs: number, since = Date.now()): Promise<Recovery> {
    let serving: number | null = null;
    let last: unknown = null;
    while (Date.now() - since < timeoutMs) {
      const child = this.children.get(service);
      if (child?.exitCode !== null && child?.exitCode !== undefined) throw new Error(`${service} exited with ${child.exitCode}; see ${this.logOf(service)}`);
      const health = await this.health(service);
      if (health !== null) {
        serving ??= Date.now() - since;
        last = health.body;
        if (health.status === 200 && health.body.status === 'ok') return { serving, healthy: Date.now() - since };
      }
      await sleep(100);
    }
    throw new Error(`${service} not healthy within ${timeoutMs} ms; last health: ${JSON.stringify(last)}; see ${this.logOf(service)}`);
  }

  async stop(): Promise<void> {
    await Promise.all(
      [...this.children.values()].map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
            child.once('exit', () => {
              clearTimeout(force);
              resolve();
            });
            child.kill('SIGTERM');
          }),
      ),
    );
    await dropNamespace(this.namespace);
  }

  private logOf(service: ServiceName): string {
    return path.join(this.logDir, `${service}.log`);
  }

  private spawn(service: ServiceName): void {
    const child = spawn(process.execPath, [entryOf(service)], {
      cwd: workspaceRoot,
      // Every service's port, so that each knows where its peers answer (an evidence packet asks them).
      env: {
        ...process.env,
        NODE_OPTIONS: '',
        ...this.env,
        ...Object.fromEntries([...this.ports].map(([name, port]) => [`${name.toUpperCase()}_PORT`, String(port)])),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = createWriteStream(this.logOf(service), { flags: 'a' });
    child.stdout?.pipe(out);
    child.stderr?.pipe(out);
    this.children.set(service, child);
  }
}
