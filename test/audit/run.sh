#!/usr/bin/env bash
# The evidence-packet tests: writes the fixture packets into dist/audit-packets, runs both verifiers'
# own unit tests, then both verifiers on every fixture and on the packets the end-to-end tests wrote
# (dist/evidence-e2e/<mode>, when they ran), counting the verdicts into dist/test-results.
# Usage: test/audit/run.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

out=dist/audit-packets
rm -rf "$out"
SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register test/audit/make-packets.ts "$out"
node --test --test-reporter=spec libs/platform/audit-verifier/test/*.test.mjs
(cd test/audit/go-verifier && GOFLAGS="-mod=mod -buildvcs=false" go test ./...)
VERIFY_REPORT=dist/test-results/evidence-fixtures.json bash test/audit/verify-packets.sh "$out"
# One folder per platform mode the end-to-end test ran in (distributed, single process).
for dir in dist/evidence-e2e/*/; do
  [[ -f $dir/expected.tsv ]] || continue
  VERIFY_REPORT="dist/test-results/evidence-e2e-$(basename "$dir").json" bash test/audit/verify-packets.sh "$dir"
done
