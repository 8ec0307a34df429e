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
import { deskWords } from '../desk-language.ts';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../passwords.ts';
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
        title: deskWords().pages.password.title,
        section: null,
        body: passwordPage({ csrf: auth.session?.csrfToken ?? '', username: auth.user.username, done: opts.done !== undefined }),
        notice: opts.error ? { text: opts.error, error: true } : opts.done ? { text: opts.done } : null,
      },
      opts.status ?? 200,
    );
  };

  router.get('/password', async (req, res) => {
    await show(res, req.query.done === '1' ? { done: deskWords().pages.password.done } : {});
  });

  router.post('/password', async (req: Request, res: Response) => {
    const auth = authOf(res);
    const { username } = auth.user;
    const current = String(formField(req, 'current') ?? '');
    const password = String(formField(req, 'password') ?? '');
    const again = String(formField(req, 'again') ?? '');
    const ip = clientIp(req);
    const w = deskWords().pages.password;
    const now = ctx.clock();
    if (!ctx.passwordChecks.hasRoomFor(ip)) return show(res, { error: w.busy, status: 429 });
    const attempt = await ctx.limiter.begin(username, ip, now);
    if (!attempt.allowed) {
      res.setHeader('Retry-After', String(attempt.retryAfterSeconds));
      const minutes = Math.ceil(attempt.retryAfterSeconds / 60);
      return show(res, { error: w.tooManyWrong(minutes), status: 429 });
    }
    const matches = await ctx.passwordChecks.run(ip, attempt.knownAddress, () => ctx.accounts.passwordMatches(auth.user.id, current));
    if (matches === 'busy') {
      await ctx.limiter.withdraw(attempt.id);
      return show(res, { error: w.busy, status: 429 });
    }
    if (!matches) {
      await ctx.audit.record({ actorId: auth.user.id, actor: username, via: 'web', action: 'account.password.refused', target: `user:${username}`, ip }, now);
      return show(res, { error: w.wrongCurrent, status: 400 });
    }
    await ctx.limiter.succeeded(username, ip);
    // The command's length rules (accounts.ts checkPassword), said in the page's language before it is asked.
    const problem =
      password !== again
        ? w.differ
        : password === current
          ? w.same
          : password.length < MIN_PASSWORD_LENGTH
            ? w.tooShort(MIN_PASSWORD_LENGTH)
            : password.length > MAX_PASSWORD_LENGTH
              ? w.tooLong(MAX_PASSWORD_LENGTH)
              : null;
    if (problem) return show(res, { error: problem, status: 400 });
    try {
      await ctx.accounts.setPassword(username, password, now, auth.session?.idHash ?? null);
    } catch (err) {
      if (!(err instanceof AccountError)) throw err;
      // The rule in the page's language (the refusal-words tables), as the checks above say theirs.
      return show(res, { error: `${err.said(deskWords().params.refusals)}.`, status: 400 });
    }
    await ctx.audit.record({ actorId: auth.user.id, actor: username, via: 'web', action: 'account.password', target: `user:${username}`, ip }, now);
    ctx.logger.info({ staff: username }, 'staff changed their password');
    res.redirect(303, '/staff/password?done=1');
  });

  return router;
}
