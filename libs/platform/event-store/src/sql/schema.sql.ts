/**
 * The event store's schema, identical for PostgreSQL and PGlite. Appending is one call to
 * `es_append`, a single round trip that takes two locks in a fixed order (the stream's row, then
 * the store-wide append lock, a transaction-scoped advisory lock) and holds them to commit. The
 * append lock makes positions gap-free and visible in order: a transaction holding position n
 * commits before n + 1 can be taken, so a subscriber reading "everything after my checkpoint"
 * never skips an event that commits late. See docs/eventsourcing.md for the trade-off (one
 * global writer at a time).
 */
export const SCHEMA_VERSION = 1;

export const SCHEMA_SQL = /* sql */ `
CREATE TABLE IF NOT EXISTS es_streams (
  stream_id text PRIMARY KEY,
  version integer NOT NULL DEFAULT 0,
  last_hash text,
  metadata jsonb NOT NULL DEFAULT '{}'
);

CREATE TABLE IF NOT EXISTS es_events (
  position bigint PRIMARY KEY,
  stream_id text NOT NULL,
  version integer NOT NULL,
  event_id uuid NOT NULL,
  event_type text NOT NULL,
  data jsonb NOT NULL,
  metadata jsonb NOT NULL,
  recorded_at timestamptz NOT NULL,
  hash text NOT NULL,
  previous_hash text,
  UNIQUE (stream_id, version),
  UNIQUE (stream_id, event_id)
);

CREATE TABLE IF NOT EXISTS es_outbox (
  id bigserial PRIMARY KEY,
  message_id uuid NOT NULL UNIQUE,
  topic text NOT NULL,
  message_key text NOT NULL,
  message_type text NOT NULL,
  payload jsonb NOT NULL,
  headers jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL,
  published_at timestamptz
);
CREATE INDEX IF NOT EXISTS es_outbox_pending ON es_outbox (id) WHERE published_at IS NULL;

CREATE TABLE IF NOT EXISTS es_processed_messages (
  consumer text NOT NULL,
  message_id text NOT NULL,
  processed_at timestamptz NOT NULL,
  PRIMARY KEY (consumer, message_id)
);

-- Idempotency-Key answers (HTTP): the log of requests, not of decisions; a row may be released.
-- The answer is kept as text so that a replay repeats it byte for byte.
CREATE TABLE IF NOT EXISTS es_idempotency_keys (
  scope text NOT NULL,
  key text NOT NULL,
  fingerprint text NOT NULL,
  correlation_id text NOT NULL,
  state text NOT NULL,
  response text,
  created_at timestamptz NOT NULL,
  completed_at timestamptz,
  PRIMARY KEY (scope, key)
);
-- The Merkle tree over es_events in global order (leaf index = position - 1), kept by the audit log
-- keeper after the fact: complete subtrees only, which never change. Checkpoints are the signed tree
-- heads this service gave its witnesses; es_witnessed, the peers' checkpoints it countersigned.
CREATE TABLE IF NOT EXISTS es_merkle_nodes (
  level smallint NOT NULL,
  index bigint NOT NULL,
  hash bytea NOT NULL,
  PRIMARY KEY (level, index)
);
CREATE TABLE IF NOT EXISTS es_checkpoints (
  tree_size bigint PRIMARY KEY,
  root_hash bytea NOT NULL,
  note text NOT NULL,
  signed_at timestamptz NOT NULL
);
CREATE TABLE IF NOT EXISTS es_witnessed (
  origin text NOT NULL,
  tree_size bigint NOT NULL,
  note text NOT NULL,
  seen_at timestamptz NOT NULL,
  PRIMARY KEY (origin, tree_size)
);
CREATE INDEX IF NOT EXISTS es_events_correlation ON es_events ((metadata->>'correlationId'));

-- The hash input is built from text forms that do not depend on session settings
-- (jsonb's canonical text, the time as microseconds since the epoch).
CREATE OR REPLACE FUNCTION es_event_hash(
  p_previous text, p_stream text, p_version integer, p_event_id uuid, p_type text,
  p_data jsonb, p_metadata jsonb, p_recorded_at timestamptz
) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
  SELECT encode(sha256(convert_to(
    concat_ws(E'\\x1f', coalesce(p_previous, ''), p_stream, p_version::text, p_event_id::text, p_type,
              p_data::text, p_metadata::text, ((extract(epoch FROM p_recorded_at) * 1000000)::bigint)::text),
    'UTF8')), 'hex')
$fn$;

CREATE OR REPLACE FUNCTION es_forbid_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'YH003';
END
$fn$;
CREATE OR REPLACE TRIGGER es_events_append_only BEFORE UPDATE OR DELETE ON es_events
  FOR EACH ROW EXECUTE FUNCTION es_forbid_change();

CREATE OR REPLACE TRIGGER es_merkle_nodes_append_only BEFORE UPDATE OR DELETE ON es_merkle_nodes
  FOR EACH ROW EXECUTE FUNCTION es_forbid_change();
CREATE OR REPLACE TRIGGER es_checkpoints_append_only BEFORE UPDATE OR DELETE ON es_checkpoints
  FOR EACH ROW EXECUTE FUNCTION es_forbid_change();

-- p_expected: 'any', 'no-stream', 'stream-exists' or the exact version as digits.
-- Raises YH001 (wrong expected version, DETAIL = actual version), YH002 (partial replay) or
-- YH004 (a new stream created by a concurrent append: the caller reads again and retries).
CREATE OR REPLACE FUNCTION es_append(
  p_stream text, p_expected text, p_events jsonb, p_outbox jsonb, p_recorded_at timestamptz
) RETURNS TABLE (next_version integer, last_position bigint, replayed boolean)
LANGUAGE plpgsql AS $fn$
DECLARE
  v_version integer;
  v_hash text;
  v_count integer := jsonb_array_length(p_events);
  v_existing integer;
  v_last bigint;
  v_event jsonb;
  v_i integer := 0;
  v_previous text;
  v_new boolean;
BEGIN
  SELECT s.version, s.last_hash INTO v_version, v_hash FROM es_streams s WHERE s.stream_id = p_stream FOR UPDATE;
  v_new := NOT FOUND;
  IF v_new THEN
    v_version := 0;
  ELSE
    SELECT count(*), max(e.position) INTO v_existing, v_last FROM es_events e
     WHERE e.stream_id = p_stream
       AND e.event_id IN (SELECT (x ->> 'eventId')::uuid FROM jsonb_array_elements(p_events) x);
    IF v_existing > 0 THEN
      IF v_existing = v_count THEN
        RETURN QUERY SELECT v_version, v_last, true;
        RETURN;
      END IF;
      RAISE EXCEPTION 'partial replay on stream %', p_stream USING ERRCODE = 'YH002', DETAIL = p_stream;
    END IF;
  END IF;

  IF (p_expected = 'no-stream' AND v_version <> 0)
     OR (p_expected = 'stream-exists' AND v_version = 0)
     OR (p_expected ~ '^[0-9]+$' AND v_version <> p_expected::integer) THEN
    RAISE EXCEPTION 'wrong expected version on stream %', p_stream USING ERRCODE = 'YH001', DETAIL = v_version::text;
  END IF;

  -- A new stream's row is created under the append lock: whoever created it first has committed
  -- by the time a competitor gets the lock, so the competitor finds it and starts over.
  PERFORM pg_advisory_xact_lock(7301);
  SELECT coalesce(max(e.position), 0) + v_count INTO v_last FROM es_events e;
  IF v_new AND EXISTS (SELECT 1 FROM es_streams s WHERE s.stream_id = p_stream) THEN
    RAISE EXCEPTION 'stream % was created concurrently', p_stream USING ERRCODE = 'YH004';
  END IF;

  FOR v_event IN SELECT value FROM jsonb_array_elements(p_events) LOOP
    v_i := v_i + 1;
    v_previous := v_hash;
    v_hash := es_event_hash(v_previous, p_stream, v_version + v_i, (v_event ->> 'eventId')::uuid,
                            v_event ->> 'type', v_event -> 'data', v_event -> 'metadata', p_recorded_at);
    INSERT INTO es_events (position, stream_id, version, event_id, event_type, data, metadata, recorded_at, hash, previous_hash)
    VALUES (v_last - v_count + v_i, p_stream, v_version + v_i, (v_event ->> 'eventId')::uuid, v_event ->> 'type',
            v_event -> 'data', v_event -> 'metadata', p_recorded_at, v_hash, v_previous);
  END LOOP;

  IF v_new THEN
    INSERT INTO es_streams (stream_id, version, last_hash) VALUES (p_stream, v_count, v_hash);
  ELSE
    UPDATE es_streams SET version = v_version + v_count, last_hash = v_hash WHERE stream_id = p_stream;
  END IF;

  IF jsonb_array_length(p_outbox) > 0 THEN
    INSERT INTO es_outbox (message_id, topic, message_key, message_type, payload, headers, created_at)
    SELECT (m ->> 'messageId')::uuid, m ->> 'topic', m ->> 'key', m ->> 'type', m -> 'payload',
           coalesce(m -> 'headers', '{}'::jsonb), p_recorded_at
      FROM jsonb_array_elements(p_outbox) m;
  END IF;

  -- Stores of several services may share a database, one schema each: the payload names the
  -- schema, so that a listener wakes for its own store's appends only.
  PERFORM pg_notify('es_appended', current_schema() || ' ' || v_last::text);
  RETURN QUERY SELECT v_version + v_count, v_last, false;
END
$fn$;
`;

/**
 * The first event whose chain breaks, over one stream ($1) or all (NULL): a recomputed hash that
 * differs, a predecessor hash that does not match, a version or position gap (a deleted row).
 */
export const VERIFY_SQL = /* sql */ `
WITH chain AS (
  SELECT e.stream_id, e.version, e.position, e.hash, e.previous_hash,
         es_event_hash(e.previous_hash, e.stream_id, e.version, e.event_id, e.event_type, e.data, e.metadata, e.recorded_at) AS computed,
         lag(e.hash) OVER per_stream AS prior_hash,
         lag(e.version) OVER per_stream AS prior_version,
         lag(e.position) OVER global_order AS prior_position
    FROM es_events e
   WHERE $1::text IS NULL OR e.stream_id = $1
  WINDOW per_stream AS (PARTITION BY e.stream_id ORDER BY e.version),
         global_order AS (ORDER BY e.position)
), breaks AS (
  SELECT stream_id, version, position,
         CASE
           WHEN version <> coalesce(prior_version, 0) + 1 THEN 'version ' || version || ' follows ' || coalesce(prior_version, 0) || ': an event is missing'
           WHEN previous_hash IS DISTINCT FROM prior_hash THEN 'previous hash does not match the preceding event'
           WHEN computed <> hash THEN 'content does not match its hash'
           WHEN $1::text IS NULL AND position <> coalesce(prior_position, 0) + 1 THEN 'global position ' || position || ' follows ' || coalesce(prior_position, 0) || ': an event is missing'
         END AS reason
    FROM chain
)
SELECT stream_id, version, position, reason
  FROM breaks WHERE reason IS NOT NULL
 ORDER BY position LIMIT 1
`;

/** Streams whose recorded head disagrees with their last event: the newest events were deleted. */
export const VERIFY_TAILS_SQL = /* sql */ `
SELECT s.stream_id, s.version, s.last_hash, last.version AS last_version, last.hash AS last_event_hash, last.position
  FROM es_streams s
  LEFT JOIN LATERAL (
    SELECT e.version, e.hash, e.position FROM es_events e WHERE e.stream_id = s.stream_id ORDER BY e.version DESC LIMIT 1
  ) last ON true
 WHERE ($1::text IS NULL OR s.stream_id = $1)
   AND s.version > 0
   AND (last.version IS DISTINCT FROM s.version OR last.hash IS DISTINCT FROM s.last_hash)
 ORDER BY last.position NULLS FIRST
 LIMIT 1
`;
