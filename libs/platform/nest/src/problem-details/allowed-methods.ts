interface RouteLayer {
  readonly route?: { readonly methods: Readonly<Record<string, boolean>> };
  match(path: string): boolean;
}

interface ExpressLike {
  readonly router?: { readonly stack: readonly RouteLayer[] };
}

/** The methods the express app routes for `path` (HEAD with GET), to answer 405 with `Allow`. */
export function allowedMethods(app: ExpressLike, path: string): string[] {
  const methods = new Set<string>();
  for (const layer of app.router?.stack ?? []) {
    if (!layer.route || !layer.match(path)) continue;
    for (const [method, on] of Object.entries(layer.route.methods)) if (on && method !== '_all') methods.add(method.toUpperCase());
  }
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods].sort();
}
