import { startGateway } from './start-gateway';

export { startGateway };
export type { RunningGateway } from './start-gateway';

// `node main.js`: the gateway alone, in front of services started elsewhere (GATEWAY_UPSTREAM_*).
if (require.main === module) {
  startGateway().catch((error: unknown) => {
    process.stderr.write(`gateway: failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
