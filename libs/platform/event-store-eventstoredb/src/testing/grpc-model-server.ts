import { randomUUID } from 'node:crypto';
import { Server, ServerCredentials, ServerReadableStream, ServerWritableStream, sendUnaryData, status } from '@grpc/grpc-js';
import { Empty, StreamIdentifier, UUID } from '@eventstore/db-client/generated/shared_pb';
import { IStreamsServer, StreamsService } from '@eventstore/db-client/generated/streams_grpc_pb';
import { AppendReq, AppendResp, ReadReq, ReadResp } from '@eventstore/db-client/generated/streams_pb';
import { JsonValue } from '@yunghap/event-store';
import { EventToWrite, LoggedEvent, StreamRange, StreamRevisionConflict } from '../esdb-gateway';
import { ExpectedRevision } from '../revisions';
import { InMemoryEventStoreDb } from './in-memory-eventstoredb';

const ALL_OF_IT = Number.MAX_SAFE_INTEGER;

/**
 * The model of the server behind the server's own gRPC protocol, for unit tests of the real
 * client path (@eventstore/db-client and client-gateway.ts) without a server. It answers only
 * what the adapter asks: stream and $all reads, link resolution, appends, live $all
 * subscriptions from the end. Nothing here is evidence about the server's behaviour; it is
 * evidence that the adapter drives the client as the protocol expects.
 */
export async function startGrpcModelServer(model: InMemoryEventStoreDb): Promise<{ readonly connectionString: string; stop(): Promise<void> }> {
  const server = new Server();
  const streams: Pick<IStreamsServer, 'read' | 'append'> = {
    read: (call) => read(model, call),
    append: (call, callback) => append(model, call, callback),
  };
  server.addService(StreamsService, streams);
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, bound) => (error ? reject(error) : resolve(bound))),
  );
  return {
    connectionString: `esdb://127.0.0.1:${port}?tls=false`,
    stop: () => new Promise<void>((resolve) => server.tryShutdown(() => resolve())),
  };
}

function read(model: InMemoryEventStoreDb, call: ServerWritableStream<ReadReq, ReadResp>): void {
  const options = call.request.getOptions();
  if (!options) return refuse(call, 'a read without options');
  if (options.hasSubscription()) return subscribe(model, options, call);
  const count = Number(options.getCount());
  const direction = options.getReadDirection() === ReadReq.Options.ReadDirection.FORWARDS ? 'forwards' : 'backwards';
  const all = options.getAll();
  if (all) {
    const position = all.getPosition();
    const from = position ? { commit: BigInt(position.getCommitPosition()), prepare: BigInt(position.getPreparePosition()) } : 'start';
    model.readAll(from, count).forEach((event) => call.write(new ReadResp().setEvent(new ReadResp.ReadEvent().setEvent(recorded(event)))));
    call.end();
    return;
  }
  const stream = options.getStream();
  const streamName = Buffer.from(stream?.getStreamIdentifier()?.getStreamName_asU8() ?? []).toString('utf8');
  const range: StreamRange = { direction, from: stream?.hasRevision() ? BigInt(stream.getRevision()) : stream?.hasEnd() ? 'end' : 'start', maxCount: count };
  if (model.readStream(streamName, { direction: 'forwards', from: 'start', maxCount: 1 }).length === 0) {
    call.write(new ReadResp().setStreamNotFound(new ReadResp.StreamNotFound().setStreamIdentifier(identifier(streamName))));
    call.end();
    return;
  }
  for (const event of model.readStream(streamName, range) as LoggedEvent[]) {
    const target = options.getResolveLinks() && event.type === '$>' ? (model.resolve(event) as LoggedEvent | undefined) : undefined;
    const message = target ? new ReadResp.ReadEvent().setLink(recorded(event)).setEvent(recorded(target)) : new ReadResp.ReadEvent().setEvent(recorded(event));
    call.write(new ReadResp().setEvent(message));
  }
  call.end();
}

function subscribe(model: InMemoryEventStoreDb, options: ReadReq.Options, call: ServerWritableStream<ReadReq, ReadResp>): void {
  if (!options.getAll()?.hasEnd()) return refuse(call, 'a subscription that does not start at the end of $all');
  const typePattern = new RegExp(options.getFilter()?.getEventType()?.getRegex() || '.*');
  let sent = model.readAll('start', ALL_OF_IT).length;
  const stopListening = model.listen(() => {
    const fresh = model.readAll('start', ALL_OF_IT).slice(sent);
    sent += fresh.length;
    fresh
      .filter((event) => typePattern.test(event.type))
      .forEach((event) => call.write(new ReadResp().setEvent(new ReadResp.ReadEvent().setEvent(recorded(event)))));
  });
  call.on('cancelled', stopListening);
  call.write(new ReadResp().setConfirmation(new ReadResp.SubscriptionConfirmation().setSubscriptionId(randomUUID())));
}

function append(model: InMemoryEventStoreDb, call: ServerReadableStream<AppendReq, AppendResp>, callback: sendUnaryData<AppendResp>): void {
  let streamName = '';
  let expected: ExpectedRevision | 'any' = 'any';
  const events: EventToWrite[] = [];
  call.on('data', (request: AppendReq) => {
    const options = request.getOptions();
    if (options) {
      streamName = Buffer.from(options.getStreamIdentifier()?.getStreamName_asU8() ?? []).toString('utf8');
      expected = options.hasRevision() ? BigInt(options.getRevision()) : options.hasNoStream() ? 'no_stream' : 'any';
    }
    const message = request.getProposedMessage();
    if (message) events.push(proposed(message));
  });
  call.on('end', () => {
    try {
      model.append(streamName, events, expected);
    } catch (error) {
      if (!(error instanceof StreamRevisionConflict)) return callback(error as Error);
      const [last] = model.readStream(streamName, { direction: 'backwards', from: 'end', maxCount: 1 });
      const conflict = new AppendResp.WrongExpectedVersion();
      if (last) conflict.setCurrentRevision(last.revision.toString());
      else conflict.setCurrentNoStream(new Empty());
      if (typeof expected === 'bigint') conflict.setExpectedRevision(expected.toString());
      return callback(null, new AppendResp().setWrongExpectedVersion(conflict));
    }
    const [last] = model.readStream(streamName, { direction: 'backwards', from: 'end', maxCount: 1 }) as LoggedEvent[];
    const position = new AppendResp.Position().setCommitPosition(last.position.commit.toString()).setPreparePosition(last.position.prepare.toString());
    callback(null, new AppendResp().setSuccess(new AppendResp.Success().setCurrentRevision(last.revision.toString()).setPosition(position)));
  });
}

function proposed(message: AppendReq.ProposedMessage): EventToWrite {
  const metadata = message.getMetadataMap();
  const data = message.getData_asU8();
  const custom = message.getCustomMetadata_asU8();
  return {
    id: message.getId()?.getString() ?? randomUUID(),
    type: metadata.get('type') ?? '',
    data: metadata.get('content-type') === 'application/json' ? (JSON.parse(Buffer.from(data).toString('utf8')) as JsonValue) : data,
    metadata: custom.length > 0 ? (JSON.parse(Buffer.from(custom).toString('utf8')) as JsonValue) : null,
  };
}

/** An event as the server sends it: its body and metadata as bytes, its creation time in ticks of 100 ns. */
function recorded(event: LoggedEvent): ReadResp.ReadEvent.RecordedEvent {
  const json = !(event.data instanceof Uint8Array);
  const message = new ReadResp.ReadEvent.RecordedEvent()
    .setId(new UUID().setString(event.id))
    .setStreamIdentifier(identifier(event.streamId))
    .setStreamRevision(event.revision.toString())
    .setCommitPosition(event.position.commit.toString())
    .setPreparePosition(event.position.prepare.toString())
    .setData(json ? Buffer.from(JSON.stringify(event.data), 'utf8') : (event.data as Uint8Array))
    .setCustomMetadata(event.metadata === null ? new Uint8Array() : Buffer.from(JSON.stringify(event.metadata), 'utf8'));
  message
    .getMetadataMap()
    .set('type', event.type)
    .set('content-type', json ? 'application/json' : 'application/octet-stream')
    .set('created', (BigInt(event.created.getTime()) * 10_000n).toString());
  return message;
}

function identifier(streamName: string): StreamIdentifier {
  return new StreamIdentifier().setStreamName(Buffer.from(streamName, 'utf8'));
}

function refuse(call: ServerWritableStream<ReadReq, ReadResp>, what: string): void {
  call.emit('error', { code: status.UNIMPLEMENTED, details: `The model server does not implement ${what}` });
}
