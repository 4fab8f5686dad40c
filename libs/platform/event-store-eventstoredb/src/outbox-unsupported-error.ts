/** The server commits one stream at a time: nothing else can be written atomically with the events. */
export class OutboxUnsupportedError extends Error {
  constructor(readonly streamId: string) {
    super(`Stream ${streamId}: the EventStoreDB store cannot commit outbox messages with the events; nothing was appended`);
    this.name = 'OutboxUnsupportedError';
  }
}
