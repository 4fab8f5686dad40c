#!/usr/bin/env bash
# kafka.sh {up|down|status} — single-node Apache Kafka (KRaft, broker+controller
# in one JVM) started straight from the Maven Central jars; no Docker, no tarball.
#
#   up      fetch jars (first time), format storage (first time), start, wait until ready
#   down    stop the broker (TERM, then KILL after 30 s)
#   status  exit 0 running, 3 stopped, 1 process alive but not serving on 9092
#
# Everything lives under "$INFRA_DIR/kafka/": lib/ (jars), data/ (log.dirs),
# kafka.log, kafka.pid, server.properties (rendered from the template here).
# Env: INFRA_DIR, INFRA_WAIT_SECONDS (common.sh), KAFKA_JVM_OPTS (extra JVM flags).

# shellcheck source=../lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"

ENGINE=kafka
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
HOST=127.0.0.1
PORT=9092
CONTROLLER_PORT=9093

DIR="$INFRA_DIR/kafka"
LIB="$DIR/lib"
DATA="$DIR/data"
LOG="$DIR/kafka.log"
PIDFILE="$DIR/kafka.pid"
PROPS="$DIR/server.properties"
MVN_LOG="$DIR/mvn.log"
POM="$HERE/pom.xml"
# The message KafkaRaftServer logs once the broker is unfenced and serving.
READY_LINE='Kafka Server started'

kafka_version() { sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$POM"; }

# Our broker is alive: the pid file names a live process that is a kafka.Kafka JVM
# (guards against a recycled pid after a reboot or a kill -9).
broker_alive() {
  pid_alive "$PIDFILE" || return 1
  grep -qa 'kafka\.Kafka' "/proc/$(cat "$PIDFILE")/cmdline" 2>/dev/null
}

serving() { tcp_open "$HOST" "$PORT"; }

require_java() {
  local check="$DIR/java-check.txt" major
  if ! command -v java >/dev/null 2>&1; then
    printf 'java not found on PATH=%s\n' "$PATH" >"$check"
    fail "$ENGINE" "$check" "java is not on PATH; install a JDK/JRE 17+ (apt-get install openjdk-17-jre-headless)"
  fi
  java -version >"$check" 2>&1 || true
  major="$(sed -n 's/.*version "\([0-9]*\).*/\1/p' "$check" | head -n 1)"
  if [[ -z "$major" || "$major" -lt 17 ]]; then
    fail "$ENGINE" "$check" "Kafka 4.x needs Java 17+, found '${major:-unknown}' ($(command -v java)); put a JDK 17+ first on PATH"
  fi
}

# Jars are copied from ~/.m2 into lib/ once; lib/.pom.sha256 remembers which pom.xml
# produced them, so bumping the Kafka version in pom.xml refreshes lib/ on the next up.
ensure_jars() {
  local want
  want="$(sha256sum "$POM" | cut -d' ' -f1)"
  if [[ -f "$LIB/.pom.sha256" && "$(cat "$LIB/.pom.sha256")" == "$want" ]]; then return 0; fi
  command -v mvn >/dev/null 2>&1 ||
    fail "$ENGINE" "$MVN_LOG" "Maven (mvn) is not on PATH; install it (apt-get install maven) and rerun"
  log "$ENGINE" "fetching Kafka $(kafka_version) jars with Maven (first run downloads ~45 MB into ~/.m2)"
  rm -rf "$LIB.tmp"
  if ! mvn -B -q -f "$POM" dependency:copy-dependencies -DoutputDirectory="$LIB.tmp" >"$MVN_LOG" 2>&1; then
    rm -rf "$LIB.tmp"
    fail "$ENGINE" "$MVN_LOG" "Maven could not fetch org.apache.kafka:kafka_2.13:$(kafka_version) from Maven Central; check network/proxy (~/.m2/settings.xml), then rerun '$0 up'"
  fi
  printf '%s\n' "$want" >"$LIB.tmp/.pom.sha256"
  rm -rf "$LIB"
  mv "$LIB.tmp" "$LIB"
}

render_config() {
  sed "s#@DATA_DIR@#$DATA#g" "$HERE/server.properties" >"$PROPS"
}

# First start only: write meta.properties and the bootstrap metadata (one-voter dynamic quorum).
ensure_formatted() {
  [[ -f "$DATA/meta.properties" ]] && return 0
  if [[ -d "$DATA" ]] && [[ -n "$(ls -A "$DATA")" ]]; then
    fail "$ENGINE" "$LOG" "$DATA is not empty but was never formatted (interrupted first start?); delete it: rm -rf '$DATA'"
  fi
  local cluster_id
  # A Kafka Uuid: 16 random bytes, URL-safe base64 without padding (22 chars).
  cluster_id="$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')"
  log "$ENGINE" "formatting $DATA (cluster id $cluster_id)"
  mkdir -p "$DATA"
  if ! java -XX:TieredStopAtLevel=1 -cp "$LIB/*" \
      -Dlog4j2.configurationFile="$HERE/log4j2.properties" -Dkafka.logs.dir="$DIR" \
      kafka.tools.StorageTool format --standalone --cluster-id "$cluster_id" --config "$PROPS" \
      >>"$LOG" 2>&1; then
    rm -rf "$DATA"
    fail "$ENGINE" "$LOG" "kafka-storage format failed (see log); if the data dir is stale, delete it: rm -rf '$DATA'"
  fi
}

start_broker() {
  # Fresh log per start (previous one kept as kafka.log.1), so the ready check
  # only ever sees lines from this run.
  if [[ -f "$LOG" ]]; then mv -f "$LOG" "$LOG.1"; fi
  : >"$LOG"
  ensure_formatted
  local -a jvm=(
    -Xms128m -Xmx512m -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:+ExitOnOutOfMemoryError
    -Djava.awt.headless=true
    -Dlog4j2.configurationFile="$HERE/log4j2.properties" -Dkafka.logs.dir="$DIR"
  )
  # shellcheck disable=SC2206 # KAFKA_JVM_OPTS is a space-separated flag list on purpose.
  if [[ -n "${KAFKA_JVM_OPTS:-}" ]]; then jvm+=(${KAFKA_JVM_OPTS}); fi
  rm -f "$PIDFILE"
  log "$ENGINE" "starting Kafka $(kafka_version) on $HOST:$PORT (controller $HOST:$CONTROLLER_PORT)"
  # setsid: own session, so Ctrl-C / closing the terminal does not reach the broker.
  # The inner bash writes its own pid and then execs java, so the pid file holds the
  # JVM's pid whether or not setsid had to fork. 9>&- : do not inherit the up/down lock.
  # shellcheck disable=SC2016 # $$ and $@ are for the inner bash.
  setsid bash -c 'echo $$ >"$0"; exec "$@"' "$PIDFILE" \
    java "${jvm[@]}" -cp "$LIB/*" kafka.Kafka "$PROPS" \
    </dev/null >>"$LOG" 2>&1 9>&- &
  wait_until 10 test -s "$PIDFILE" || fail "$ENGINE" "$LOG" "could not launch java (see log)"
}

# Polled by wait_until: true once ready; stops the script at once if the JVM died.
broker_ready() {
  if ! broker_alive; then
    local fix="see the log; common causes: port $PORT/$CONTROLLER_PORT already in use (ss -ltnp | grep -E ':909[23]'), or a stale/incompatible data dir (rm -rf '$DATA')"
    if grep -q 'Address already in use' "$LOG"; then
      fix="port $PORT or $CONTROLLER_PORT is taken by another process: ss -ltnp | grep -E ':909[23]'"
    elif grep -E 'ERROR|Exception' "$LOG" |
      grep -qiE 'cluster ?id|node id|meta\.properties|not formatted|metadata\.?version|directory id'; then
      fix="the data dir does not match this broker/version; delete it and start again: rm -rf '$DATA'"
    fi
    rm -f "$PIDFILE"
    fail "$ENGINE" "$LOG" "$fix"
  fi
  serving && grep -q "$READY_LINE" "$LOG"
}

cmd_up() {
  mkdir -p "$DIR"
  # Serialise concurrent `up`/`down` calls (e.g. two test runners starting at once).
  exec 9>"$DIR/.lock"
  flock -w "$INFRA_WAIT_SECONDS" 9 || fail "$ENGINE" "$LOG" "another kafka.sh is holding $DIR/.lock"

  if broker_alive; then
    if serving; then
      log "$ENGINE" "already running (pid $(cat "$PIDFILE")) on $HOST:$PORT"
      return 0
    fi
    log "$ENGINE" "process $(cat "$PIDFILE") is up but $HOST:$PORT is not open yet; waiting"
    wait_until "$INFRA_WAIT_SECONDS" broker_ready ||
      fail "$ENGINE" "$LOG" "broker pid $(cat "$PIDFILE") is alive but not serving; run '$0 down' then '$0 up'"
    log "$ENGINE" "ready on $HOST:$PORT"
    return 0
  fi
  rm -f "$PIDFILE"
  local p
  for p in "$PORT" "$CONTROLLER_PORT"; do
    if tcp_open "$HOST" "$p"; then
      # Show who holds the port instead of the previous broker's (unrelated) log.
      { echo "listeners on port $p:"; ss -ltnp "sport = :$p" 2>&1 || true; } >"$DIR/port-check.txt"
      fail "$ENGINE" "$DIR/port-check.txt" "$HOST:$p is already in use by a process this script did not start (another Kafka? a docker-compose leftover?); stop it, then rerun"
    fi
  done

  require_java
  local t0=$SECONDS
  ensure_jars
  render_config
  start_broker
  if ! wait_until "$INFRA_WAIT_SECONDS" broker_ready; then
    fail "$ENGINE" "$LOG" "not ready after ${INFRA_WAIT_SECONDS}s; slow machine? retry with INFRA_WAIT_SECONDS=180, or '$0 down' and delete '$DATA'"
  fi
  log "$ENGINE" "ready on $HOST:$PORT (pid $(cat "$PIDFILE"), $((SECONDS - t0))s; log $LOG)"
}

cmd_down() {
  mkdir -p "$DIR"
  exec 9>"$DIR/.lock"
  flock -w 60 9 || fail "$ENGINE" "$LOG" "another kafka.sh is holding $DIR/.lock"
  if [[ -f "$PIDFILE" ]] && ! broker_alive; then
    # Dead (kill -9, reboot) or the pid now belongs to something else: never signal it.
    rm -f "$PIDFILE"
  fi
  stop_pid "$ENGINE" "$PIDFILE"
}

cmd_status() {
  if broker_alive; then
    if serving; then
      echo "kafka: running (pid $(cat "$PIDFILE"), $HOST:$PORT)"
      return 0
    fi
    echo "kafka: starting or unhealthy (pid $(cat "$PIDFILE") alive, $HOST:$PORT not accepting connections)"
    return 1
  fi
  local note=""
  if [[ -f "$PIDFILE" ]]; then note=" (stale pid file: no Kafka process with pid $(cat "$PIDFILE") any more; '$0 up' starts a new one)"; fi
  if serving; then note+=" (note: something else is listening on $HOST:$PORT)"; fi
  echo "kafka: stopped$note"
  return 3
}

case "${1:-}" in
  up) cmd_up ;;
  down) cmd_down ;;
  status) cmd_status ;;
  *)
    echo "usage: $0 {up|down|status}" >&2
    exit 2
    ;;
esac
