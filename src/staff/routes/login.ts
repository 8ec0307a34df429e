// GET/POST /staff/login and POST /staff/logout. The login form is protected against CSRF with a
// double-submit token (a short-lived cookie and the same value in the form), since no session
// exists yet; attempts are counted before the password is checked and throttled per username +
// address (login-limiter.ts), and password checks wait in a bounded queue (password-checks.ts).

import { Router } from 'express';
import type { Request, Response } from 'express';
import { authenticate, clientIp, sessionEndOf, cookieHeader, csrfValid, newSecret, parseCookies, secretsEqual } from '../auth.ts';
import type { StaffContext } from '../context.ts';
import { errorBody } from '../html/error-page.ts';
import { html } from '../html/html.ts';
import { loginPage } from '../html/login-page.ts';
import { deskWords } from '../desk-language.ts';
import { redact } from '../../privacy/redact.ts';
import { clientNetwork } from '../../http/client-network.ts';
import { formField, localPath, sendPage } from './common.ts';

const LOGIN_CSRF_SECONDS = 3600;
/** How long a browser keeps the mark of the account it logged in as (login-limiter.ts); browsers cap cookies at 400 days. */
const DEVICE_SECONDS = 400 * 86_400;

export function loginRoutes(ctx: StaffContext): Router {
  const router = Router();
  const secure = ctx.config.staffCookieSecure;
  const loginCookie = `${secure ? ctx.cookies.securePrefix : ''}conserje_login`;
  const deviceCookie = `${secure ? ctx.cookies.securePrefix : ''}conserje_device`;
  // The console's own path (PUBLIC_BASE_URL's, or the whole host): its cookies go nowhere else.
  const path = ctx.cookies.path;
  const sessionSeconds = ctx.config.staffSessionHours * 3600;

  const showForm = async (res: Response, opts: { next: string; username?: string; error?: string; info?: string; status?: number }) => {
    const token = newSecret();
    res.append('Set-Cookie', cookieHeader(loginCookie, token, { maxAgeSeconds: LOGIN_CSRF_SECONDS, secure, sameSite: 'Strict', path }));
    await sendPage(
      ctx,
      res,
      null,
      {
        title: deskWords().login.title,
        section: null,
        body: loginPage({ csrf: token, next: opts.next, username: opts.username ?? '' }),
        notice: opts.error ? { text: opts.error, error: true } : opts.info ? { text: opts.info } : null,
      },
      opts.status ?? 200,
    );
  };

  router.get('/login', async (req, res) => {
    const next = localPath(req.query.next, '/staff', '/staff');
    const auth = await authenticate(ctx, req, false);
    if (auth && auth !== 'invalid') {
      res.redirect(303, next);
      return;
    }
    // Sent here by a session that went unused too long: the clerk is told why, not just shown a form.
    const idle = req.query.ended === 'idle' || sessionEndOf(req) === 'idle';
    await showForm(res, { next, ...(idle ? { info: `${idleWords(ctx)} ${deskWords().login.again}` } : {}) });
  });

  router.post('/login', async (req: Request, res: Response) => {
    const next = localPath(formField(req, 'next'), '/staff', '/staff');
    const sent = formField(req, '_csrf');
    const expected = parseCookies(req.header('cookie'))[loginCookie];
    if (typeof sent !== 'string' || !expected || !secretsEqual(sent, expected)) {
      await showForm(res, { next, error: deskWords().login.expired, status: 403 });
      return;
    }
    const username = String(formField(req, 'username') ?? '').trim().slice(0, 60);
    const password = String(formField(req, 'password') ?? '');
    const ip = clientNetwork(clientIp(req)); // an IPv6 client is its /64 (src/http/client-network.ts)
    const now = ctx.clock();
    const busy = async () => {
      res.setHeader('Retry-After', '2');
      await showForm(res, { next, username, error: deskWords().login.busy, status: 429 });
    };
    // An address already waiting for its password checks is turned away before any other work.
    if (!ctx.passwordChecks.hasRoomFor(ip)) return busy();
    // Counted before the password is checked, so guesses sent at once cannot all be checked; a
    // browser that logged in as this account before is counted on its own (a guesser behind the
    // same address cannot lock it out).
    const device = await ctx.accounts.deviceOf(username, parseCookies(req.header('cookie'))[deviceCookie]);
    const attempt = await ctx.limiter.begin(username, ip, now, device);
    if (!attempt.allowed) {
      res.setHeader('Retry-After', String(attempt.retryAfterSeconds));
      const minutes = Math.ceil(attempt.retryAfterSeconds / 60);
      await showForm(res, { next, username, error: deskWords().login.tooMany(minutes), status: 429 });
      return;
    }
    const user = username && password ? await ctx.passwordChecks.run(ip, attempt.knownAddress, () => ctx.accounts.authenticate(username, password, now)) : null;
    if (user === 'busy') {
      await ctx.limiter.withdraw(attempt.id);
      return busy();
    }
    if (!user) {
      await ctx.audit.record({ actorId: null, actor: auditedUsername(username), via: 'web', action: 'login.failed', ip, detail: forwardedDetail(req) }, now);
      ctx.logger.warn({ ip }, 'staff login failed');
      await showForm(res, { next, username, error: deskWords().login.wrong, status: 401 });
      return;
    }
    await ctx.limiter.succeeded(username, ip, device);
    // The session this browser had (another account's, or one a stolen copy of the cookie also
    // opens) ends here: a login never leaves the cookie it replaces still working.
    const previous = await authenticate(ctx, req, false);
    if (previous && previous !== 'invalid' && previous.session) await ctx.sessions.destroy(previous.session.idHash);
    const { cookie } = await ctx.sessions.create(user, { now, hours: ctx.config.staffSessionHours, ip, userAgent: req.header('user-agent') ?? null });
    await ctx.audit.record({ actorId: user.id, actor: user.username, via: 'web', action: 'login', ip, detail: forwardedDetail(req) }, now);
    ctx.logger.info({ staff: user.username }, 'staff logged in');
    res.append('Set-Cookie', cookieHeader(ctx.cookieName, cookie, { maxAgeSeconds: sessionSeconds, secure, sameSite: 'Lax', path }));
    res.append('Set-Cookie', cookieHeader(loginCookie, '', { maxAgeSeconds: 0, secure, sameSite: 'Strict', path }));
    const mark = await ctx.accounts.deviceMark(user.id);
    if (mark) res.append('Set-Cookie', cookieHeader(deviceCookie, mark, { maxAgeSeconds: DEVICE_SECONDS, secure, sameSite: 'Strict', path }));
    res.redirect(303, next);
  });

  router.post('/logout', async (req, res) => {
    const auth = await authenticate(ctx, req, false);
    if (!auth || auth === 'invalid') {
      res.redirect(303, '/staff/login');
      return;
    }
    if (!csrfValid(auth, formField(req, '_csrf'))) {
      await sendPage(ctx, res, auth, { title: deskWords().errors.forbidden, section: null, body: errorBody(deskWords().errors.csrf) }, 403);
      return;
    }
    const now = ctx.clock();
    if (auth.session) await ctx.sessions.destroy(auth.session.idHash);
    await ctx.audit.record({ actorId: auth.user.id, actor: auth.user.username, via: 'web', action: 'logout', ip: clientIp(req) }, now);
    res.append('Set-Cookie', cookieHeader(ctx.cookieName, '', { maxAgeSeconds: 0, secure, sameSite: 'Lax', path }));
    const w = deskWords().login;
    await sendPage(ctx, res, null, { title: w.loggedOut, section: null, body: html`<p><a href="/staff/login">${w.logInAgain}</a></p>` });
  });

  return router;
}

/** Why a clerk was sent to the login form by a session left unused. */
export function idleWords(ctx: StaffContext): string {
  return deskWords().login.idle(ctx.sessions.idleMinutes);
}

/** What a failed login typed as its username, safe to keep: no markup, no card number. */
function auditedUsername(username: string): string {
  return redact(username).replace(/[^\w.@ ,[\]-]/g, '?').slice(0, 40) || '?';
}

/**
 * The address recorded is the one the limit used (clientIp). An X-Forwarded-For that was not
 * believed (TRUST_PROXY off, or from a client) is kept beside it as what the request claimed.
 */
function forwardedDetail(req: Request): Record<string, string> | null {
  const claimed = req.header('x-forwarded-for');
  if (!claimed || req.ips.length > 0) return null;
  return { forwardedFor: redact(claimed).slice(0, 200) };
}
