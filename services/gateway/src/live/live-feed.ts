import type { ServiceName } from '@yunghap/platform-nest';
import type { Logger } from 'pino';
import type { Upstreams } from '../config/gateway-config';
import { ContextReading, readingOf } from './context-reading';
import { eventsBetween, LiveEvent, pendingContexts, Readings } from './live-event';

/** A service's /health bounds each probe at 2 s; a reading slower than this is skipped, never waited for. */
const READ_TIMEOUT_MS = 2_500;

export interface LiveFeedOptions {
  readonly upstreams: Upstreams;
  readonly intervalMs: number;
  readonly logger: Logger;
}

type Listener = (event: LiveEvent) => void;

function deferred(): { readonly promise: Promise<void>; readonly resolve: () => void } {
  let resolve = () => undefined as void;
  const promise = new Promise<void>((settle) => (resolve = settle));
  return { promise, resolve };
}

/**
 * Reads every service's `/health` once per interval while someone listens, and tells the listeners
 * what changed. One feed for all browsers: the services are asked the same number of times
 * whether one or a hundred people have the console open, and not at all when nobody has.
 * Example: `const stop = feed.subscribe((event) => …); feed.pending(); … stop();`
 */
export class LiveFeed {
  private readonly listeners = new Set<Listener>();
  private readonly logger: Logger;
  private readings: Readings = {};
  private readonly unreadable = new Set<ServiceName>();
  private timer: NodeJS.Timeout | null = null;
  private reading: AbortController | null = null;
  private baseline = deferred();

  constructor(private readonly options: LiveFeedOptions) {
    this.logger = options.logger.child({ component: 'live-feed' });
  }

  /** Starts reading with the first listener and stops with the last; the answer unsubscribes. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    if (this.listeners.size === 1) {
      this.logger.debug('first live listener: reading the services');
      void this.tick();
    }
    return () => {
      if (!this.listeners.delete(listener) || this.listeners.size > 0) return;
      this.logger.debug('no live listener left: reading stops');
      this.stop();
    };
  }

  /**
   * Resolves once the feed has read the services since it started (at once when it has): from
   * then on every advance is announced, so a browser that reads its pages again now misses nothing.
   */
  ready(): Promise<void> {
    return this.baseline.promise;
  }

  /** Contexts with an effect on its way, as last read. */
  pending(): readonly ServiceName[] {
    return pendingContexts(this.readings);
  }

  /** Ends reading and forgets what was read: a later listener starts from fresh readings. */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.reading?.abort();
    this.reading = null;
    this.readings = {};
    // Nobody waits on a feed that stopped; the next start reads afresh.
    this.baseline.resolve();
    this.baseline = deferred();
  }

  private async tick(): Promise<void> {
    const reading = new AbortController();
    this.reading = reading;
    const next = await this.readAll(reading.signal);
    // Everyone left (or a later tick began) while the services answered: this reading is nobody's news.
    if (this.reading !== reading) return;
    const events = eventsBetween(this.readings, next);
    this.readings = next;
    this.baseline.resolve();
    for (const event of events) for (const listener of this.listeners) listener(event);
    this.timer = setTimeout(() => void this.tick(), this.options.intervalMs);
  }

  /** A service that cannot be read keeps its last reading: nothing is announced on a guess. */
  private async readAll(signal: AbortSignal): Promise<Readings> {
    const services = Object.entries(this.options.upstreams) as [ServiceName, string][];
    const answers = await Promise.all(services.map(([service, url]) => this.read(service, url, signal)));
    return Object.fromEntries(services.map(([service], index) => [service, answers[index] ?? this.readings[service]]).filter(([, reading]) => reading));
  }

  private async read(service: ServiceName, url: string, signal: AbortSignal): Promise<ContextReading | undefined> {
    try {
      const answer = await fetch(`${url}/health`, { signal: AbortSignal.any([signal, AbortSignal.timeout(READ_TIMEOUT_MS)]) });
      // 503 (starting, a dependency down) still has the figures.
      const reading = readingOf(await answer.json());
      if (reading === null) throw new Error(`/health answered ${answer.status} without checks`);
      if (this.unreadable.delete(service)) this.logger.info({ upstream: service }, 'live feed reads the service again');
      return reading;
    } catch (error) {
      if (signal.aborted) return undefined;
      if (!this.unreadable.has(service))
        this.logger.warn({ upstream: service, err: error }, 'live feed cannot read the service health; its last reading stands');
      this.unreadable.add(service);
      return undefined;
    }
  }
}
