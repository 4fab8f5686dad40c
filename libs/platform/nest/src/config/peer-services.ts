import { ServiceName, SERVICE_DEFAULT_PORTS } from './service-config';

/**
 * Where the other services answer, for the few reads one service makes of another over HTTP (an
 * evidence packet's parts): `<NAME>_URL`, else `http://127.0.0.1:<NAME>_PORT` (default port); none
 * for a service whose port is 0 (picked at start, so unknown to its peers).
 * Example: `peerServiceUrls('grants', { APPLICATIONS_PORT: '4301' }).applications` → `http://127.0.0.1:4301`
 */
export function peerServiceUrls(self: ServiceName, env: NodeJS.ProcessEnv): Partial<Record<ServiceName, string>> {
  const urls: Partial<Record<ServiceName, string>> = {};
  for (const peer of Object.keys(SERVICE_DEFAULT_PORTS) as ServiceName[]) {
    if (peer === self) continue;
    const name = peer.toUpperCase();
    const port = env[`${name}_PORT`] ?? String(SERVICE_DEFAULT_PORTS[peer]);
    const url = env[`${name}_URL`] ?? (port === '0' ? undefined : `http://127.0.0.1:${port}`);
    if (url !== undefined) urls[peer] = url.replace(/\/+$/, '');
  }
  return urls;
}
