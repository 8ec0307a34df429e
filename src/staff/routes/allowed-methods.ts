// The methods a router's routes take for a path, for the API's 405 (src/staff/router.ts): a served
// path asked with another method (PUT /api/calls) answers 405 with an Allow header, as the
// webhooks' paths do (src/http/not-found.ts), not "no API endpoint". Read from the routes
// themselves, so that a route added to the API is in its Allow at once.
//
// express keeps its routes in `router.stack` (the `router` package, 2.x): a layer per route or
// mounted router, each with `match(path)`, and a route's `methods`. Not documented, but what
// express itself reads to answer OPTIONS with an Allow header; the test of the 405 covers it.

import type { Router } from 'express';

interface Layer {
  /** The part of the path this layer matched (set by `match`). */
  path?: string;
  match(path: string): unknown;
  route?: { methods: Record<string, boolean | undefined> };
  handle: unknown;
}

const stackOf = (handle: unknown): Layer[] | null => {
  const stack = (handle as { stack?: unknown } | null)?.stack;
  return typeof handle === 'function' && Array.isArray(stack) ? (stack as Layer[]) : null;
};

/** The methods `router` serves at `path` (relative to where it is mounted), upper case, HEAD beside GET; none when nothing serves it. */
export function allowedMethods(router: Router, path: string): string[] {
  const found = new Set<string>();
  const walk = (stack: Layer[], at: string) => {
    for (const layer of stack) {
      if (!layer.match(at)) continue;
      if (layer.route) {
        for (const [method, on] of Object.entries(layer.route.methods)) {
          if (!on || method === '_all') continue;
          found.add(method.toUpperCase());
          if (method === 'get') found.add('HEAD');
        }
        continue;
      }
      const inner = stackOf(layer.handle);
      if (inner) walk(inner, at.slice((layer.path ?? '').length) || '/');
    }
  };
  const stack = stackOf(router);
  if (stack) walk(stack, path);
  return [...found];
}
