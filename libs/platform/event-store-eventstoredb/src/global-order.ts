import { randomUUID } from 'node:crypto';
import { compareLogPositions, EsdbGateway, EventToWrite, LoggedEvent, LogPosition, ResolvedLink, StreamRevisionConflict } from './esdb-gateway';
import { linkTarget, linkTargetOf, parseLinkTarget } from './link-target';
import { expectedRevisionAt, versionOf } from './revisions';

/**
 * The store's global order: one link per event of the store, in $all order, in this stream.
 * A link's revision + 1 is the event's position, so positions are consecutive from 1.
 * The `$` prefix makes it a system stream: user projections and `excludeSystemEvents` skip it.
 */
export const POSITIONS_STREAM = '$yunghap-positions';

/** Links per page when looking positions up: pages below the head never change, so they are cached. */
const PAGE_SIZE = 512;
const CACHED_PAGES = 64;
/** Positions of the links this process wrote last: a writer usually links its own events. */
const REMEMBERED_LINKS = 4096;
/** Events of $all read per round when linking. */
const SCAN_BATCH = 500;

/** An event whose position is wanted, with a position it is known to come after. */
export interface PositionQuery {
  readonly streamId: string;
  readonly revision: bigint;
  readonly after: number;
}

interface Tail {
  readonly count: number;
  readonly last: LogPosition | null;
}

/**
 * Keeps the positions stream up to date with $all and answers position look-ups from it.
 *
 * Linking: read the last link (how many there are, and the $all position of the last linked
 * event), read $all after that, append links for the store's events found there with the
 * expected revision of the last link. Every process links the same events in the same order
 * ($all is one total order, shown to readers as a growing prefix), so when two race, the
 * loser's append fails on the expected revision and it starts over from the winner's tail.
 * No event is linked twice, none is skipped, and no position is ever left empty.
 */
export class GlobalOrder {
  /** Everything in $all up to here that belongs to the store is linked (this process looked). */
  private scannedTo: LogPosition | null = null;
  /** The most links seen so far: pages wholly below it are complete. */
  private linked = 0;
  private running: Promise<number> | null = null;
  private queued: Promise<number> | null = null;
  private readonly pages = new Map<number, Promise<string[]>>();
  private readonly recentLinks = new Map<string, number>();

  constructor(
    private readonly gateway: EsdbGateway,
    private readonly belongs: (event: LoggedEvent) => boolean,
  ) {}

  /**
   * Links whatever the store holds that is not linked yet; resolves to the head position.
   * Calls made while a run is under way share the next run, which starts after they were made,
   * so an event written before the call is always linked when it resolves.
   */
  catchUp(): Promise<number> {
    if (this.queued) return this.queued;
    if (!this.running) return this.startRun();
    this.queued = this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = null;
        return this.startRun();
      });
    return this.queued;
  }

  /** The head as linked now, without linking: a floor for the positions of events about to be written. */
  async head(): Promise<number> {
    return (await this.tail()).count;
  }

  /**
   * Positions of events of one stream, given in version order. Each is searched for by its link
   * from the later of its floor and its predecessor's position (usually the same page), unless
   * this process wrote that link recently.
   */
  async positionsOf(queries: readonly PositionQuery[]): Promise<number[]> {
    const positions: number[] = [];
    let floor = 0;
    let caughtUp = false;
    for (const query of queries) {
      const target = linkTarget(query.streamId, query.revision);
      const remembered = this.recentLinks.get(target);
      if (remembered !== undefined) {
        floor = remembered;
        positions.push(floor);
        continue;
      }
      let revision = Math.max(floor, query.after);
      for (;;) {
        const page = Math.floor(revision / PAGE_SIZE);
        const targets = await this.page(page);
        const index = targets.indexOf(target, revision - page * PAGE_SIZE);
        if (index >= 0) {
          floor = page * PAGE_SIZE + index + 1;
          break;
        }
        if (targets.length === PAGE_SIZE) {
          revision = (page + 1) * PAGE_SIZE;
        } else if (caughtUp) {
          throw new Error(`Event ${target} is not in the global order`);
        } else {
          await this.catchUp();
          caughtUp = true;
        }
      }
      positions.push(floor);
    }
    return positions;
  }

  /** The links after `after` (a position), each resolved to its event. */
  read(after: number, maxCount?: number): Promise<ResolvedLink[]> {
    return this.gateway.readLinks(POSITIONS_STREAM, BigInt(after), maxCount);
  }

  /** Every stream that has events in the global order, with the highest version linked. */
  async streams(): Promise<Map<string, number>> {
    const streams = new Map<string, number>();
    for (let page = 0; ; page += 1) {
      const targets = await this.page(page);
      for (const target of targets) {
        const { streamId, revision } = parseLinkTarget(target);
        streams.set(streamId, Math.max(streams.get(streamId) ?? 0, versionOf(revision)));
      }
      if (targets.length < PAGE_SIZE) return streams;
    }
  }

  private startRun(): Promise<number> {
    const run = this.link().finally(() => {
      if (this.running === run) this.running = null;
    });
    this.running = run;
    return run;
  }

  private async link(): Promise<number> {
    for (;;) {
      const tail = await this.tail();
      const from = later(tail.last, this.scannedTo);
      const batch = await this.gateway.readAll(from ?? 'start', SCAN_BATCH);
      const fresh = from === null ? batch : batch.filter((event) => compareLogPositions(event.position, from) > 0);
      const owned = fresh.filter(this.belongs);
      if (owned.length > 0) {
        try {
          await this.gateway.append(POSITIONS_STREAM, owned.map(linkTo), expectedRevisionAt(tail.count));
        } catch (error) {
          if (error instanceof StreamRevisionConflict) continue;
          throw error;
        }
        this.linked = Math.max(this.linked, tail.count + owned.length);
        owned.forEach((event, index) => this.remember(linkTarget(event.streamId, event.revision), tail.count + index + 1));
      }
      if (fresh.length > 0) this.scannedTo = fresh[fresh.length - 1].position;
      if (batch.length < SCAN_BATCH) return tail.count + owned.length;
    }
  }

  private remember(target: string, position: number): void {
    this.recentLinks.set(target, position);
    if (this.recentLinks.size > REMEMBERED_LINKS) this.recentLinks.delete(this.recentLinks.keys().next().value as string);
  }

  private async tail(): Promise<Tail> {
    const [last] = await this.gateway.readStream(POSITIONS_STREAM, { direction: 'backwards', from: 'end', maxCount: 1 });
    if (!last) return { count: 0, last: null };
    const count = versionOf(last.revision);
    this.linked = Math.max(this.linked, count);
    return { count, last: linkedPosition(last.metadata) };
  }

  /** A page's link targets. Only complete pages are cached: the last one is still growing. */
  private page(index: number): Promise<string[]> {
    const cached = this.pages.get(index);
    if (cached) {
      this.pages.delete(index);
      this.pages.set(index, cached);
      return cached;
    }
    const loading = this.gateway
      .readStream(POSITIONS_STREAM, { direction: 'forwards', from: BigInt(index * PAGE_SIZE), maxCount: PAGE_SIZE })
      .then((links) => links.map(linkTargetOf));
    if ((index + 1) * PAGE_SIZE <= this.linked) {
      this.pages.set(index, loading);
      loading.catch(() => this.pages.delete(index));
      if (this.pages.size > CACHED_PAGES) this.pages.delete(this.pages.keys().next().value as number);
    }
    return loading;
  }
}

function later(a: LogPosition | null, b: LogPosition | null): LogPosition | null {
  if (a === null || b === null) return a ?? b;
  return compareLogPositions(a, b) >= 0 ? a : b;
}

/** A link to `event`, carrying the event's $all position so that the next run knows where to resume. */
function linkTo(event: LoggedEvent): EventToWrite {
  return {
    id: randomUUID(),
    type: '$>',
    data: Buffer.from(linkTarget(event.streamId, event.revision), 'utf8'),
    metadata: { commit: event.position.commit.toString(), prepare: event.position.prepare.toString() },
  };
}

function linkedPosition(metadata: unknown): LogPosition {
  const { commit, prepare } = (metadata ?? {}) as { commit?: unknown; prepare?: unknown };
  if (typeof commit !== 'string' || typeof prepare !== 'string' || !/^\d+$/.test(commit) || !/^\d+$/.test(prepare)) {
    throw new Error(`The last link of ${POSITIONS_STREAM} has no $all position in its metadata`);
  }
  return { commit: BigInt(commit), prepare: BigInt(prepare) };
}
