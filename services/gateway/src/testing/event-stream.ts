/** One event of a `text/event-stream`, its data parsed as JSON. */
export interface StreamEvent {
  readonly event: string;
  readonly data: unknown;
}

/**
 * Reads a server-sent-events answer as a browser's EventSource would (comments and `retry` skipped),
 * so a test can wait for the event it expects.
 * Example: `const stream = new EventStream(answer); await stream.next((e) => e.event === 'change');`
 */
export class EventStream {
  private readonly seen: StreamEvent[] = [];
  private buffered = '';
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  private readonly decoder = new TextDecoder();
  /** A read that lost a race with the timeout still brings the next chunk: it is kept, not asked again. */
  private reading: ReturnType<ReadableStreamDefaultReader<Uint8Array>['read']> | null = null;

  constructor(answer: Response) {
    if (!answer.body) throw new Error('the answer has no body');
    this.reader = answer.body.getReader();
  }

  /** The first event, seen or still to come, that `matches`; fails after `timeoutMs`. */
  async next(matches: (event: StreamEvent) => boolean, timeoutMs = 10_000): Promise<StreamEvent> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const index = this.seen.findIndex(matches);
      if (index >= 0) return this.seen.splice(0, index + 1)[index];
      const left = until - Date.now();
      if (left <= 0) throw new Error(`no such event within ${timeoutMs} ms`);
      this.reading ??= this.reader.read();
      let timer: NodeJS.Timeout | undefined;
      const chunk = await Promise.race([this.reading, new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), left)))]);
      clearTimeout(timer);
      if (chunk === null) continue;
      this.reading = null;
      if (chunk.done) throw new Error('the stream ended');
      this.take(this.decoder.decode(chunk.value, { stream: true }));
    }
  }

  async close(): Promise<void> {
    await this.reader.cancel().catch(() => undefined);
  }

  private take(text: string): void {
    this.buffered += text;
    let end: number;
    while ((end = this.buffered.indexOf('\n\n')) >= 0) {
      const block = this.buffered.slice(0, end);
      this.buffered = this.buffered.slice(end + 2);
      const fields = block.split('\n').filter((line) => !line.startsWith(':'));
      const event = fields.find((line) => line.startsWith('event: '))?.slice('event: '.length);
      const data = fields.find((line) => line.startsWith('data: '))?.slice('data: '.length);
      if (event !== undefined && data !== undefined) this.seen.push({ event, data: JSON.parse(data) });
    }
  }
}
