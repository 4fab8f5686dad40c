import { RecordedEvent, SubscribeToAllOptions, Subscription } from './event-store.port';

export interface CatchUpSource {
  readAll(options: { after: number; maxCount: number }): Promise<RecordedEvent[]>;
  /** Registers a wake-up for new appends; returns the unregister function. */
  onAppended(listener: () => void): () => void;
}

export interface CatchUpTuning {
  readonly batchSize: number;
  /** The longest a caught-up subscriber sleeps when no wake-up arrives (a lost NOTIFY, another process). */
  readonly pollIntervalMs: number;
}

export const DEFAULT_CATCH_UP_TUNING: CatchUpTuning = { batchSize: 500, pollIntervalMs: 500 };

/**
 * Reads everything after the checkpoint in batches, then sleeps until an append wakes it or
 * the polling bound passes. Correct only over a store whose positions become visible in order
 * (both SQL adapters guarantee it), because it never looks behind its position.
 */
export function catchUpSubscription(source: CatchUpSource, options: SubscribeToAllOptions, tuning = DEFAULT_CATCH_UP_TUNING): Subscription {
  let position = options.after;
  let stopped = false;
  let wake: (() => void) | null = null;
  let pendingWake = false;
  const unregister = source.onAppended(() => {
    pendingWake = true;
    wake?.();
  });

  const sleep = () =>
    new Promise<void>((resolve) => {
      if (pendingWake || stopped) return resolve();
      const timer = setTimeout(done, tuning.pollIntervalMs);
      function done() {
        clearTimeout(timer);
        wake = null;
        resolve();
      }
      wake = done;
    });

  const loop = async () => {
    while (!stopped) {
      pendingWake = false;
      const batch = await source.readAll({ after: position, maxCount: tuning.batchSize });
      for (const event of batch) {
        if (stopped) return;
        await options.onEvent(event);
        position = event.position;
      }
      if (batch.length < tuning.batchSize) {
        options.onCaughtUp?.(position);
        await sleep();
      }
    }
  };

  const running = loop()
    .catch((error: unknown) => {
      stopped = true;
      if (options.onError) options.onError(error);
    })
    .finally(unregister);

  return {
    get position() {
      return position;
    },
    async stop() {
      stopped = true;
      wake?.();
      await running;
    },
  };
}
