// What keeps a Node process alive after its tests, described so a reader can find who opened it:
// sockets with both ends, servers with their address, child processes with their command, timers
// with where they were set. Used per test file by test/jest/environment.js and per run by
// test/jest/open-handles-reporter.js. Only referenced handles count: an unref'd one lets Node exit.
//
// Why not `--detectOpenHandles`: it tracks every async resource with async_hooks, which slows a
// whole run; this looks only at what is still open at the end, which costs nothing when clean.
const path = require('node:path');
const { setTimeout: sleep } = require('node:timers/promises');

// One registry per process, shared by every test file's environment and (in band) the reporter.
const REGISTRY = Symbol.for('yunghap.jest.open-handles');
const registry = (globalThis[REGISTRY] ??= { timers: new Map(), owners: new WeakMap() });

/**
 * Makes `setTimeout`/`setInterval` of a test file's global remember their delay and caller, so a
 * timer left running can be named. Timers Node sets for itself (socket timeouts, node:timers) are
 * not seen here; the sockets that own them are.
 */
function trackTimers(global, testPath) {
  for (const kind of ['setTimeout', 'setInterval']) {
    const original = global[kind];
    const tracked = function (callback, ms, ...args) {
      const timer = original(callback, ms, ...args);
      const origin = {};
      Error.captureStackTrace(origin, tracked); // the stack is formatted only if it is reported
      if (registry.timers.size > 1000) forgetFinishedTimers();
      registry.timers.set(timer, { kind, ms: ms ?? 0, callback: callback?.name || 'anonymous', origin, testPath });
      return timer;
    };
    // Keeps util.promisify(setTimeout) and the other properties Node hangs on the functions.
    Object.defineProperties(tracked, Object.getOwnPropertyDescriptors(original));
    global[kind] = tracked;
  }
}

const timerRunning = (timer) => !timer._destroyed && timer.hasRef();

function forgetFinishedTimers() {
  for (const timer of registry.timers.keys()) if (timer._destroyed) registry.timers.delete(timer);
}

const runningTimers = () => process.getActiveResourcesInfo().filter((type) => type === 'Timeout').length;

/** What is open now, to tell later which handles are new. */
function snapshot() {
  return { handles: new Set(process._getActiveHandles()), requests: new Set(process._getActiveRequests()), timers: runningTimers() };
}

/** How many more referenced timers run than at `baseline`, beyond the tracked ones in `open`. */
function untrackedTimers(baseline, open) {
  const tracked = open.filter(({ handle }) => registry.timers.has(handle)).length;
  return Math.max(0, runningTimers() - baseline.timers - tracked);
}

const referenced = (handle) => (typeof handle.hasRef === 'function' ? handle.hasRef() : (handle._handle?.hasRef?.() ?? true));
const CONNECTING = new Set(['TCPConnectWrap', 'PipeConnectWrap', 'GetAddrInfoReqWrap']);

/**
 * The referenced handles opened since `baseline`, plus the live timers set by `testPath` (by any
 * file when omitted), each as `{ handle, description, testPath? }`.
 */
function openSince(baseline, testPath) {
  const open = [];
  for (const handle of process._getActiveHandles()) {
    if (!baseline.handles.has(handle) && referenced(handle)) open.push({ handle, description: describeHandle(handle) });
  }
  // A socket still connecting does not know its peer yet; its connect request does.
  for (const request of process._getActiveRequests()) {
    if (!baseline.requests.has(request) && CONNECTING.has(request.constructor.name)) open.push({ handle: request, description: describeRequest(request) });
  }
  forgetFinishedTimers();
  for (const [timer, info] of registry.timers) {
    if ((testPath === undefined || info.testPath === testPath) && timerRunning(timer))
      open.push({ handle: timer, description: describeTimer(info), testPath: info.testPath });
  }
  return open;
}

/** Like `openSince`, but gives closing handles up to `graceMs` to finish (a socket closes on a later tick). */
async function settledOpenSince(baseline, testPath, graceMs) {
  const deadline = Date.now() + graceMs;
  let open = openSince(baseline, testPath);
  while (open.length > 0 && Date.now() < deadline) {
    await sleep(25);
    open = openSince(baseline, testPath);
  }
  return open;
}

function describeHandle(handle) {
  const kind = handle.constructor?.name ?? typeof handle;
  if (kind === 'Socket' && handle._handle?.constructor?.name === 'TCP') {
    if (handle.connecting) return `TCP socket from local port ${handle.localPort ?? '?'}, still connecting`;
    return `TCP socket ${handle.localAddress}:${handle.localPort} -> ${handle.remoteAddress}:${handle.remotePort}`;
  }
  if (kind === 'Socket') return `${handle._handle?.constructor?.name ?? 'stream'} socket${handle._handle?.fd >= 0 ? ` on fd ${handle._handle.fd}` : ''}`;
  if (kind === 'Server' || typeof handle.listen === 'function') {
    const address = handle.address?.();
    const where = address && typeof address === 'object' ? `${address.address}:${address.port}` : address;
    return `server (${kind}) listening on ${where ?? 'an unknown address'}`;
  }
  if (kind === 'ChildProcess') return `child process ${handle.pid}: ${(handle.spawnargs ?? []).join(' ')}`;
  return kind;
}

function describeRequest(request) {
  if (request.constructor.name === 'GetAddrInfoReqWrap') return `DNS lookup of ${request.hostname}`;
  return `connection being opened to ${request.address}${request.port ? `:${request.port}` : ''}`;
}

function describeTimer({ kind, ms, callback, origin }) {
  return `${kind}(${callback}, ${ms} ms) set at ${callerOf(origin)}`;
}

/** Where a timer was set: the first frames, without Node's own. */
function callerOf(origin) {
  try {
    const frames = String(origin.stack)
      .split('\n')
      .slice(1)
      .map((line) => /\((.*)\)$/.exec(line)?.[1] ?? line.trim().replace(/^at /, ''))
      .filter((frame) => !frame.startsWith('node:'))
      .map((frame) => path.relative(process.cwd(), frame));
    // Library frames up to the first of the caller's own, which is the one to fix.
    const own = frames.findIndex((frame) => !frame.includes('node_modules'));
    return frames.slice(0, own === -1 ? 3 : Math.min(own + 1, 4)).join(' <- ') || 'an unknown place';
  } catch {
    return 'an unknown place (its stack is gone with its test environment)';
  }
}

module.exports = { registry, trackTimers, snapshot, openSince, settledOpenSince, untrackedTimers };
