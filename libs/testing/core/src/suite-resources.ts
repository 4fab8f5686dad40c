/**
 * What a suite opens in `beforeAll`, closed in `afterAll` even when `beforeAll` failed or timed
 * out. Jest abandons a hook that times out, but the hook's promise keeps running: a connection it
 * opens after `afterAll` has run would stay open and keep the test process alive. So `close()`
 * first waits for `open()` to settle, then closes, newest first, everything that did open.
 *
 * @example
 *   const resources = suiteResources();
 *   beforeAll(() =>
 *     resources.open(async (keep) => {
 *       store = keep(await openStore(), (opened) => opened.close());
 *     }),
 *   );
 *   afterAll(() => resources.close());
 */
/** Registers how to close `resource` and returns it. */
export type Keep = <R>(resource: R, close: (resource: R) => unknown) => R;

export function suiteResources() {
  const closers: (() => unknown)[] = [];
  let opening: Promise<unknown> = Promise.resolve();

  const keep: Keep = (resource, close) => {
    closers.push(() => close(resource));
    return resource;
  };

  return {
    /** Runs `body` (the work of `beforeAll`); return its promise to Jest. */
    open<T>(body: (keep: Keep) => Promise<T>): Promise<T> {
      const opened = body(keep);
      opening = opened.catch(() => undefined); // its failure is reported by the hook itself
      return opened;
    },
    /** Closes all that opened, newest first; every closer runs, the first error is rethrown. */
    async close(): Promise<void> {
      await opening;
      const errors: unknown[] = [];
      for (const close of closers.splice(0).reverse()) {
        try {
          await close();
        } catch (error) {
          errors.push(error);
        }
      }
      if (errors.length > 0) throw errors[0];
    },
  };
}
