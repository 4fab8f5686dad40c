import { LiveFeed } from './live-feed';

/** One start-to-stop of a projection worker: what `stop()` must interrupt. */
export class ProjectionRun {
  stopped = false;
  /** Indexes made and checkpoint loaded; a retry within the same run does not redo them. */
  prepared = false;
  private feed: LiveFeed | null = null;
  private wake: (() => void) | null = null;

  /** Waits `ms`, or less when the run stops meanwhile. */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(finish, ms);
      this.wake = finish;
      if (this.stopped) finish();
    });
  }

  /** Remembers the feed so that `stop()` can close it while the worker waits on it. */
  following(feed: LiveFeed): LiveFeed {
    this.feed = feed;
    return feed;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.feed?.close();
  }
}
