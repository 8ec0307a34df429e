// The staff console under PUBLIC_BASE_URL's path (https://hotel.example.com/conserje, behind a
// proxy that serves Conserje under /conserje/). The app itself speaks in its own paths (/staff,
// /staff/calls, /api/me): its routes, templates, redirects, and the `next` and `back` fields its
// forms carry. A request that still has the base path on (a proxy that does not strip it) is
// served as one without it (src/http/app.ts). Only where a path goes out to the browser is the
// base path put before it, in this one place:
// - the root-relative href, src and action of every page (`onBasePath`, by sendPage and the home page);
// - the Location of every redirect (`redirectsOnBasePath`);
// - the cookies' Path (`cookieScope`), so the session goes to this console only, and not to whatever
//   else the proxy serves on the same host;
// the live pages' script asks for its figures relative to its own URL (assets/live.ts).
// With no path in PUBLIC_BASE_URL all of this changes nothing.

import type { RequestHandler } from 'express';

export { basePathOf } from '../voice/render.ts';

/** A root-relative path of the app ("/staff/calls") as the browser must ask for it ("/conserje/staff/calls"). */
export function onBase(basePath: string, path: string): string {
  return basePath && path.startsWith('/') && !path.startsWith('//') ? basePath + path : path;
}

// An attribute whose value is a root-relative URL. Values put into a page are escaped (html.ts), so a
// quote inside one is &quot;: only the page's own markup can match.
const ROOT_RELATIVE = /(\s(?:href|src|action)=")(\/(?!\/))/g;

/** A page of the console with its root-relative links, assets and form actions under the base path. */
export function onBasePath(basePath: string, page: string): string {
  return basePath ? page.replace(ROOT_RELATIVE, `$1${basePath}$2`) : page;
}

/** Every redirect to a root-relative path lands under the base path. */
export function redirectsOnBasePath(basePath: string): RequestHandler {
  return (_req, res, next) => {
    if (basePath) {
      const location = res.location.bind(res);
      res.location = (url: string) => location(onBase(basePath, url));
    }
    next();
  };
}

export interface CookieScope {
  /** Where the browser sends the console's cookies: the base path, or the whole host. */
  path: string;
  /**
   * The name prefix of a Secure cookie: __Host- at the host's root (the browser then refuses it
   * over http, for another domain, or for a narrower path); __Secure- under a base path, since a
   * __Host- cookie must have Path=/.
   */
  securePrefix: '__Host-' | '__Secure-';
}

export function cookieScope(basePath: string): CookieScope {
  return basePath ? { path: basePath, securePrefix: '__Secure-' } : { path: '/', securePrefix: '__Host-' };
}
