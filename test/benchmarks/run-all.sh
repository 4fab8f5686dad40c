#!/usr/bin/env bash
# `npm run bench`: every benchmark against the local engines; each prints its table and
# appends it to docs/benchmarks.md. Not part of `npm test`: figures are not assertions.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
bash deploy/local/infra.sh up postgres kafka ferretdb
export SWC_NODE_PROJECT=tsconfig.base.json NODE_OPTIONS='--disable-warning=ExperimentalWarning'
for bench in event-store-append audit-checkpointing personal-data-sealing projection-rebuild outbox-kafka distributed-load; do
  node -r @swc-node/register "test/benchmarks/$bench.bench.ts"
done
