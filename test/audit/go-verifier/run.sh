#!/usr/bin/env bash
# The Go evidence-packet verifier: builds it into the repository's dist/go-verifier/ and runs it.
# Usage: test/audit/go-verifier/run.sh <packet.json> [--trusted-keys <file>]
# Exit status is the verifier's: 0 valid, 1 rejected, 2 usage error or unreadable file.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
binary="$here/../../../dist/go-verifier/auditverify"

# A clean clone has only Go: golang.org/x/mod comes from the module proxy (the default GOPROXY),
# checked against the committed go.sum. -buildvcs=false: the binary needs no VCS stamp, and
# stamping fails where git is missing or refuses the checkout.
# go build relinks only when a source changed (the build cache holds the rest), so building on
# every call costs a fraction of a second and never runs a stale binary. It builds in a subshell:
# the packet and key paths stay relative to the caller's directory.
(cd "$here" && GOFLAGS="-mod=mod -buildvcs=false" go build -o "$binary" .)
exec "$binary" "$@"
