#!/usr/bin/env bash
# `npm run start:distributed`: the engines of deploy/local, then each service in its own
# process over PostgreSQL (a schema per service), FerretDB (a database per service) and Kafka.
# Logs go to .infra/services/<service>.log; Ctrl-C stops the services (the engines stay up).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
source deploy/local/lib/common.sh

bash deploy/local/infra.sh up
export YUNGHAP_MODE=distributed
export POSTGRES_URL="${POSTGRES_URL:-postgres://yunghap@127.0.0.1:${POSTGRES_PORT:-55432}/yunghap}"
export MONGO_URL="${MONGO_URL:-mongodb://127.0.0.1:${FERRETDB_PORT:-27017}}"
export KAFKA_BROKERS="${KAFKA_BROKERS:-127.0.0.1:9092}"
# The applications service keeps attached documents in deploy/local's SeaweedFS (its bucket and identity are the defaults).
export ATTACHMENTS_S3_ENDPOINT="${ATTACHMENTS_S3_ENDPOINT:-http://127.0.0.1:${SEAWEEDFS_S3_PORT:-8333}}"
export SWC_NODE_PROJECT=tsconfig.base.json

declare -A PORTS=([centers]=3005 [applications]=3001 [evaluation]=3002 [grants]=3003 [mentoring]=3004)
mkdir -p "$INFRA_DIR/services"
pids=()
stop_services() { ((${#pids[@]})) && kill "${pids[@]}" 2>/dev/null; wait 2>/dev/null || true; }
trap stop_services EXIT INT TERM

for service in centers applications evaluation grants mentoring; do
  logfile="$INFRA_DIR/services/$service.log"
  node -r @swc-node/register "services/$service/src/main.ts" > "$logfile" 2>&1 &
  pids+=($!)
  port_var="$(tr '[:lower:]' '[:upper:]' <<< "$service")_PORT"
  port="${!port_var:-${PORTS[$service]}}"
  if ! wait_until 120 curl -sf "http://127.0.0.1:$port/health" -o /dev/null; then
    fail "$service" "$logfile" "the service did not answer /health on port $port: read its log"
  fi
  log "$service" "up on http://127.0.0.1:$port (log $logfile)"
done
echo "Yunghap is running (distributed). Ctrl-C stops the services."
wait
