// Who is asking: a staff session (cookie) or an API token (Authorization: Bearer …), and the
// checks on top: CSRF for session-authenticated writes, roles for admin-only actions.

import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Role, StaffUser } from './accounts.ts';
import type { StaffContext } from './context.ts';
import type { Actor } from './actions.ts';
import type { Session, SessionEnd } from './sessions.ts';

export interface Auth {
  user: StaffUser;
  via: 'session' | 'bearer';
  session: Session | null;
  /** The API token a bearer request came with (null for a session). */
  tokenId: number | null;
}

export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!header) return out;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (!name || name in out) continue;
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    try {
      out[name] = decodeURIComponent(value);
    } catch {
      out[name] = value;
    }
  }
  return out;
}

interface CookieOptions {
  maxAgeSeconds: number;
  secure: boolean;
  sameSite: 'Lax' | 'Strict';
  path: string;
}

export function cookieHeader(name: string, value: string, o: CookieOptions): string {
  return [
    `${name}=${encodeURIComponent(value)}`,
    `Path=${o.path}`,
    `Max-Age=${Math.max(0, Math.floor(o.maxAgeSeconds))}`,
    'HttpOnly',
    `SameSite=${o.sameSite}`,
    ...(o.secure ? ['Secure'] : []),
  ].join('; ');
}

/** Constant-time comparison of two secrets of any length. */
export function secretsEqual(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb) && a.length === b.length;
}

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function clientIp(req: Request): string {
  return (req.ip ?? req.socket.remoteAddress ?? 'unknown').slice(0, 100);
}

/**
 * Resolves the request's credentials. A request that sends an Authorization header is judged by
 * it alone (a bad token is not rescued by a cookie): 'invalid' then.
 */
export async function authenticate(ctx: StaffContext, req: Request, allowBearer: boolean): Promise<Auth | null | 'invalid'> {
  const now = ctx.clock();
  const header = req.header('authorization');
  if (allowBearer && header !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const found = match ? await ctx.accounts.byToken(match[1]!, now) : null;
    return found ? { user: found.user, via: 'bearer', session: null, tokenId: found.tokenId } : 'invalid';
  }
  const cookie = parseCookies(req.header('cookie'))[ctx.cookieName];
  if (!cookie) return null;
  const found = await ctx.sessions.open(cookie, now, { touch: !isBackground(req) });
  if ('ended' in found) {
    endedSessions.set(req, found.ended);
    return null;
  }
  return { user: found.session.user, via: 'session', session: found.session, tokenId: null };
}

/**
 * The header the console's own background requests carry (live.js: its polls, and the page fetched
 * again to refresh a list). They are not the clerk's use: a screen left open still goes idle.
 */
export const BACKGROUND_HEADER = 'x-conserje-background';

export function isBackground(req: Request): boolean {
  return req.header(BACKGROUND_HEADER) === '1';
}

const endedSessions = new WeakMap<Request, SessionEnd>();

/** Why the request's session cookie opened no session (after `authenticate` returned null), if it had one. */
export function sessionEndOf(req: Request): SessionEnd | null {
  return endedSessions.get(req) ?? null;
}

export function authOf(res: Response): Auth {
  const auth = res.locals.auth as Auth | undefined;
  if (!auth) throw new Error('staff route reached without authentication');
  return auth;
}

/**
 * Who does what a request asks, for the audit log: the account, the way (page or API), the address,
 * and the API token when it came with one. An admin may make a token for another account, so the
 * token says who really held it (its token.create entry names the admin who made it).
 */
export function actorOf(req: Request, res: Response, via: Actor['via']): Actor {
  const auth = authOf(res);
  return { user: auth.user, via, ip: clientIp(req), tokenId: auth.tokenId };
}

/**
 * Whether a request's credentials still hold: its session not ended (logged out, expired, its
 * account disabled, its password changed) or its API token not revoked, and every property in view
 * still the account's. A long answer asks again as it goes (the CSV export): checked only at the
 * start, an export already streaming went on after its account was disabled.
 */
export async function stillAuthorised(ctx: StaffContext, auth: Auth, inView: readonly number[] | undefined, now: Date): Promise<boolean> {
  const live = auth.session ? await ctx.sessions.isOpen(auth.session.idHash, now) : auth.tokenId !== null && (await ctx.accounts.tokenIsLive(auth.tokenId, now));
  if (!live) return false;
  const reach = await ctx.accounts.hotelIdsOf(auth.user.id);
  return reach === null || (inView !== undefined && inView.every((id) => reach.includes(id)));
}

/** A session-authenticated write must carry the session's CSRF token (form field or header). */
export function csrfValid(auth: Auth, sent: unknown): boolean {
  if (auth.via === 'bearer') return true;
  return typeof sent === 'string' && auth.session !== null && secretsEqual(sent, auth.session.csrfToken);
}

export const ROLE_RANK: Record<Role, number> = { staff: 1, admin: 2 };

export function hasRole(auth: Auth, role: Role): boolean {
  return ROLE_RANK[auth.user.role] >= ROLE_RANK[role];
}

export type Middleware = (req: Request, res: Response, next: NextFunction) => void;
export type { RequestHandler };
