import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { NOT_SIGNED_IN, sendProblem } from '../http/problem';
import { sessionIdOf } from '../session/session-cookie';
import type { SessionStore } from '../session/session-store';
import { LiveFeed } from './live-feed';
import { serverSentEvent } from './live-event';

export const LIVE_PATH = '/live';

/** Proxies and load balancers close a connection that says nothing for a minute or so; a comment line keeps it open. */
const HEARTBEAT_MS = 15_000;
/** How long a browser waits before connecting again after the stream drops (the EventSource `retry` field). */
const RECONNECT_MS = 3_000;

export interface LiveStreamDependencies {
  readonly feed: LiveFeed;
  readonly sessions: SessionStore;
  readonly logger: Logger;
}

/**
 * `GET /live`: a `text/event-stream` of `change` and `pending` events (see `LiveEvent`) for a
 * signed-in browser; 401 without a session. A stream ends when its session does (checked at each
 * heartbeat, without keeping the session alive), when the browser goes, and at `close()`.
 * Example: `app.get(LIVE_PATH, streams.handle); … streams.close(); await app.close();`
 */
export class LiveStreams {
  private readonly open = new Set<Response>();
  private readonly logger: Logger;
  private closed = false;

  constructor(private readonly dependencies: LiveStreamDependencies) {
    this.logger = dependencies.logger.child({ component: 'live-stream' });
  }

  readonly handle = async (request: Request, response: Response): Promise<void> => {
    const { feed, sessions } = this.dependencies;
    const id = sessionIdOf(request);
    const session = id === undefined ? undefined : await sessions.peek(id);
    if (id === undefined || !session?.user) return sendProblem(request, response, NOT_SIGNED_IN);

    let streaming = false;
    // Nothing is written once the stream has ended: a write after `end()` is an error on the response.
    const send = (text: string) => {
      if (streaming && !response.writableEnded) response.write(text);
    };
    const end = () => {
      streaming = false;
      if (!response.writableEnded) response.end();
    };
    const unsubscribe = feed.subscribe((event) => send(serverSentEvent(event)));
    const heartbeat = setInterval(() => {
      sessions.peek(id).then(
        (current) => (current?.user ? send(': heartbeat\n\n') : end()),
        (error: unknown) => {
          this.logger.warn({ err: error }, 'live stream: the session store could not be read; the stream ends');
          end();
        },
      );
    }, HEARTBEAT_MS);
    // A browser that goes away mid-write is a closed stream, not a gateway failure.
    response.on('error', (error) => this.logger.debug({ err: error }, 'live stream: write failed'));
    response.on('close', () => {
      streaming = false;
      clearInterval(heartbeat);
      unsubscribe();
      if (this.open.delete(response)) this.logger.debug({ streams: this.open.size }, 'live stream closed');
    });
    // The stream opens once the feed has its baseline: the browser reads its pages again when it opens, and every later advance is announced.
    await feed.ready();
    if (response.destroyed) return;
    if (this.closed) return end();

    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      // nginx and its kin would otherwise hold the events back in a buffer.
      'X-Accel-Buffering': 'no',
    });
    response.write(`retry: ${RECONNECT_MS}\n\n`);
    // Where things stand now, so a browser that (re)connects in the middle of an effect shows it.
    response.write(serverSentEvent({ type: 'pending', contexts: feed.pending() }));
    streaming = true;
    this.open.add(response);
    this.logger.debug({ streams: this.open.size }, 'live stream opened');
  };

  /** Ends every stream: a server closing waits for its open connections, and these never end by themselves. */
  close(): void {
    this.closed = true;
    for (const response of this.open) if (!response.writableEnded) response.end();
    this.dependencies.feed.stop();
  }
}
