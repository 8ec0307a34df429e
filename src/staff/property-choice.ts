// Which properties a staff request sees (property-scope.ts): those of the account (or the whole
// group), and of those the one picked with the property switcher, remembered in a cookie. The
// choice is only a preference, checked against the account's properties at every request: a
// property the account may not see is never in view, whatever the cookie says.

import type { Request, Response } from 'express';
import type { LoadedHotel } from '../hotel/hotel-store.ts';
import type { Auth } from './auth.ts';
import { cookieHeader, parseCookies } from './auth.ts';
import type { StaffContext } from './context.ts';
import type { PropertyScope } from './property-scope.ts';

export const PROPERTY_COOKIE = 'conserje_property';
/** The switcher's choice for "every property the account may see". */
export const ALL_PROPERTIES = 'all';

export interface PropertyChoice {
  scope: PropertyScope;
  /** The properties the account may see, in id order. */
  allowed: LoadedHotel[];
  /** The one in view, or null for all of `allowed`. */
  chosen: LoadedHotel | null;
}

export async function propertyChoice(ctx: StaffContext, auth: Auth, req: Request): Promise<PropertyChoice> {
  const ids = await ctx.accounts.hotelIdsOf(auth.user.id);
  const allowed = ctx.hotels.all.filter((h) => ids === null || ids.includes(h.id));
  const wanted = parseCookies(req.header('cookie'))[PROPERTY_COOKIE];
  const chosen = allowed.length === 1 ? allowed[0]! : (allowed.find((h) => h.code !== null && h.code === wanted) ?? null);
  return { scope: { ids: (chosen ? [chosen] : allowed).map((h) => h.id) }, allowed, chosen };
}

/** Remembers the switcher's choice (a property's code, or "all") for this browser. */
export function rememberChoice(ctx: StaffContext, res: Response, code: string): void {
  res.append(
    'Set-Cookie',
    cookieHeader(PROPERTY_COOKIE, code, { maxAgeSeconds: 365 * 86_400, secure: ctx.config.staffCookieSecure, sameSite: 'Lax', path: `${ctx.basePath}/staff` }),
  );
}
