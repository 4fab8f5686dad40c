// The seed's way into the platform: the public HTTP APIs with development tokens, as a script would.
import { CommandPendingBody, issueToken, loadAuthConfig, MIN_POSITION_HEADER } from '@yunghap/platform-nest';

const secret = () => loadAuthConfig(process.env).jwtSecret;

export const token = (sub: string, role: string, extra: { centerId?: string; committeeIds?: string[]; firmId?: string } = {}) =>
  `Bearer ${issueToken({ sub, role, ...extra }, secret())}`;

export interface Answer {
  readonly status: number;
  readonly body: unknown;
  readonly location: string | null;
}

export async function call(base: string, method: string, path: string, auth: string, body?: unknown, minPosition?: number): Promise<Answer> {
  const headers: Record<string, string> = { authorization: auth, 'content-type': 'application/json' };
  if (minPosition !== undefined) headers[MIN_POSITION_HEADER] = String(minPosition);
  const res = await fetch(`${base}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, location: res.headers.get('location') };
}

/**
 * The resource a command left, as the API's contract gives it: its answer, or after a 202
 * (recorded, read models pending) the resource read back at the command's position from
 * `readPath` (the command's Location when there is none).
 */
export async function expectOk(what: string, attempt: Promise<Answer>, base: string, auth: string, readPath?: string): Promise<unknown> {
  const { status, body, location } = await attempt;
  if (status === 202) {
    const path = readPath ?? location;
    if (path === null) throw new Error(`demo seed: ${what} answered 202 with no resource to read`);
    const { position } = body as CommandPendingBody;
    for (let waited = 0; waited <= 30_000; waited += 200) {
      const read = await call(base, 'GET', path, auth, undefined, position);
      if (read.status === 200) return read.body;
      if (read.status !== 503) throw new Error(`demo seed: reading ${path} after ${what} answered ${read.status}: ${JSON.stringify(read.body)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`demo seed: ${what} was recorded but ${path} did not show it within 30 s`);
  }
  if (status >= 300) throw new Error(`demo seed: ${what} answered ${status}: ${JSON.stringify(body)}`);
  return body;
}

/**
 * `attempt`'s first answer other than undefined, asked again every 100 ms for at most `boundMs`:
 * what one service records reaches the others over the bus a moment later.
 */
export async function eventually<T>(what: string, attempt: () => Promise<T | undefined>, boundMs = 30_000): Promise<T> {
  for (let waited = 0; waited <= boundMs; waited += 100) {
    const answer = await attempt();
    if (answer !== undefined) return answer;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`demo seed: ${what} did not happen within ${boundMs / 1000} s`);
}
