import { changeOf, LIVE_URL, LiveChange, pendingOf } from './live-event';

export interface LiveHandlers {
  /** Connected, the first time or again. */
  readonly onOpen: () => void;
  readonly onChange: (change: LiveChange) => void;
  readonly onPending: (contexts: readonly string[]) => void;
  /** The connection dropped; it is being made again. */
  readonly onDrop: () => void;
}

/** The first wait before connecting again after the gateway refused the stream; it doubles up to the cap. */
const FIRST_RETRY_MS = 5_000;
const MAX_RETRY_MS = 60_000;

/**
 * Listens to the gateway's live stream until the answer is called. The browser reconnects by itself
 * after a dropped connection; after a refusal (an error status, e.g. the gateway restarting) it
 * gives up, so this connects again, waiting longer each time.
 * Example: `const close = connectLive({ onOpen, onChange, onPending, onDrop }); … close();`
 */
export function connectLive(handlers: LiveHandlers): () => void {
  let source: EventSource | null = null;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let wait = FIRST_RETRY_MS;

  const connect = () => {
    source = new EventSource(LIVE_URL);
    source.addEventListener('open', () => {
      wait = FIRST_RETRY_MS;
      handlers.onOpen();
    });
    source.addEventListener('change', (event) => {
      const change = changeOf((event as MessageEvent<string>).data);
      if (change) handlers.onChange(change);
    });
    source.addEventListener('pending', (event) => {
      const contexts = pendingOf((event as MessageEvent<string>).data);
      if (contexts) handlers.onPending(contexts);
    });
    source.addEventListener('error', () => {
      handlers.onDrop();
      if (source?.readyState !== EventSource.CLOSED) return;
      retry = setTimeout(connect, wait);
      wait = Math.min(wait * 2, MAX_RETRY_MS);
    });
  };

  connect();
  return () => {
    clearTimeout(retry);
    source?.close();
  };
}
