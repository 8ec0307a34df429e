// GET/POST /staff/password: a clerk changes their own password in the console (before this, only
// `npm run staff -- password` could). The current password is asked first, and a wrong one counts
// against the login limit like a wrong login (a session left open cannot be used to guess it);
// the new one meets the command's rules (accounts.ts checkPassword). The change is audited, ends
// the account's other sessions and revokes its API tokens, as the command does; this session goes on.

import { Router } from 'express';
import type { Request, Response } from 'express';
import { AccountError } from '../accounts.ts';
import { authOf, clientIp } from '../auth.ts';
import type { StaffContext } from '../context.ts';
import { passwordPage } from '../html/password-page.ts';
import { formField, sendPage } from './common.ts';

export function passwordRoutes(ctx: StaffContext): Router {
  const router = Router();

  const show = async (res: Response, opts: { done?: string; error?: string; status?: number } = {}) => {
    const auth = authOf(res);
    await sendPage(
      ctx,
      res,
      auth,
      {
        title: 'Change your password',
        section: null,
        body: passwordPage({ csrf: auth.session?.csrfToken ?? '', username: auth.user.username, done: opts.done !== undefined }),
        notice: opts.error ? { text: opts.error, error: true } : opts.done ? { text: opts.done } : null,
      },
      opts.status ?? 200,
    );
  };

  router.get('/password', async (req, res) => {
    await show(res, req.query.done === '1' ? { done: 'Password changed. Your other logins were ended and your API tokens no longer work.' } : {});
  });

  router.post('/password', async (req: Request, res: Response) => {
    const auth = authOf(res);
    const { username } = auth.user;
    const current = String(formField(req, 'current') ?? '');
    const password = String(formField(req, 'password') ?? '');
    const again = String(formField(req, 'again') ?? '');
    const ip = clientIp(req);
    const now = ctx.clock();
    if (!ctx.passwordChecks.hasRoomFor(ip)) return show(res, { error: 'Too many password checks at once. Please try again in a moment.', status: 429 });
    const attempt = await ctx.limiter.begin(username, ip, now);
    if (!attempt.allowed) {
      res.setHeader('Retry-After', String(attempt.retryAfterSeconds));
      const minutes = Math.ceil(attempt.retryAfterSeconds / 60);
      return show(res, { error: `Too many wrong passwords. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, status: 429 });
    }
    const matches = await ctx.passwordChecks.run(ip, attempt.knownAddress, () => ctx.accounts.passwordMatches(auth.user.id, current));
    if (matches === 'busy') {
      await ctx.limiter.withdraw(attempt.id);
      return show(res, { error: 'Too many password checks at once. Please try again in a moment.', status: 429 });
    }
    if (!matches) {
      await ctx.audit.record({ actorId: auth.user.id, actor: username, via: 'web', action: 'account.password.refused', target: `user:${username}`, ip }, now);
      return show(res, { error: 'Your current password is not right. Nothing was changed.', status: 400 });
    }
    await ctx.limiter.succeeded(username, ip);
    const problem = password !== again ? 'The two new passwords differ. Nothing was changed.' : password === current ? 'The new password is the same as the current one. Nothing was changed.' : null;
    if (problem) return show(res, { error: problem, status: 400 });
    try {
      await ctx.accounts.setPassword(username, password, now, auth.session?.idHash ?? null);
    } catch (err) {
      if (!(err instanceof AccountError)) throw err;
      const rule = err.message.charAt(0).toUpperCase() + err.message.slice(1);
      return show(res, { error: `${rule}. Nothing was changed.`, status: 400 });
    }
    await ctx.audit.record({ actorId: auth.user.id, actor: username, via: 'web', action: 'account.password', target: `user:${username}`, ip }, now);
    ctx.logger.info({ staff: username }, 'staff changed their password');
    res.redirect(303, '/staff/password?done=1');
  });

  return router;
}
