#!/usr/bin/env bash
# `npm start [-- --demo]`: builds the console when its sources changed (Nx's cache makes an
# unchanged build a second or two), then starts every service and the gateway in this process.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
mkdir -p .infra
if ! NX_DAEMON=false NX_TUI=false npx nx run console:build --outputStyle=static > .infra/console-build.log 2>&1; then
  echo "npm start: the console did not build (log .infra/console-build.log):" >&2
  tail -n 30 .infra/console-build.log >&2
  exit 1
fi
SWC_NODE_PROJECT=tsconfig.base.json exec node -r @swc-node/register deploy/single-process/start.ts "$@"
