// Staff review (SPEC §7): web pages under /staff, JSON API under /api. Mounted by buildApp.

import express, { Router } from 'express';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { authenticate, csrfValid, sessionEndOf } from './auth.ts';
import { redirectsOnBasePath } from './base-path.ts';
import { createStaffContext } from './context.ts';
import type { StaffContext, StaffDeps } from './context.ts';
import { LIVE_JS } from './assets/live.ts';
import { STAFF_CSS } from './html/css.ts';
import { errorBody } from './html/error-page.ts';
import { fixWords } from './html/fix-words.ts';
import { BadParameter } from './params.ts';
import { allowedMethods } from './routes/allowed-methods.ts';
import { apiRoutes } from './routes/api.ts';
import { sendPage } from './routes/common.ts';
import { homeRoute } from './routes/home.ts';
import { loginRoutes } from './routes/login.ts';
import { isStorageFull } from '../storage/storage-full.ts';
import { pageRoutes } from './routes/pages.ts';
import { passwordRoutes } from './routes/password.ts';
import { idleWords } from './routes/login.ts';
import { ALL_PROPERTIES, propertyChoice, rememberChoice } from './property-choice.ts';
import type { PropertyChoice } from './property-choice.ts';
import { runInScope } from './property-scope.ts';
import { DESK_LANGUAGES, deskWords, isDeskLanguage, languageFor, rememberLanguage, runInLanguage } from './desk-language.ts';

/** What staff read when a write fails for a full disk: what works, what does not, who fixes it. */
const STORAGE_FULL_WORDS =
  'The database’s disk is full, so nothing can be saved: logging in and changes wait until space is freed. ' +
  'Calls are still answered (the caller is put through to the front desk). Tell whoever runs this server.';

export type { StaffDeps };

/** Forms and JSON bodies of the staff side are small. */
const BODY_LIMIT = '32kb';

const PAGE_CSP = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self' data:",
  // The live figures' script and its polls (/staff/assets/live.js, /staff/live, under PUBLIC_BASE_URL's path), and voicemails
  // played through the app (/staff/callbacks/:id/recording): all same-origin, nothing else.
  "script-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

/**
 * Served at an https PUBLIC_BASE_URL, the browser is told to come back over https only (a year), so
 * that a first visit typed as http:// cannot be kept on plain http by someone on the network.
 */
const HSTS = 'max-age=31536000';

const securityHeaders =
  (csp: string, https: boolean): RequestHandler =>
  (_req, res, next) => {
    if (https) res.setHeader('Strict-Transport-Security', HSTS);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'same-origin');
    res.setHeader('Content-Security-Policy', csp);
    next();
  };

const https = (ctx: StaffContext) => ctx.config.publicBaseUrl.startsWith('https:');

export function staffRouter(deps: StaffDeps): Router {
  const ctx = createStaffContext(deps);
  const router = Router();
  router.get('/', securityHeaders(PAGE_CSP, https(ctx)), homeRoute(ctx));
  router.use('/staff', staffPages(ctx));
  router.use('/api', staffApi(ctx));
  return router;
}

function staffPages(ctx: StaffContext): Router {
  const router = Router();
  // Redirects are written with the app's paths ("/staff/login"); the browser is sent under PUBLIC_BASE_URL's path.
  router.use(redirectsOnBasePath(ctx.basePath));
  router.get('/assets/staff.css', (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.type('text/css').send(STAFF_CSS);
  });
  router.get('/assets/live.js', (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.type('text/javascript').send(LIVE_JS);
  });
  router.use(securityHeaders(PAGE_CSP, https(ctx)));
  router.use(express.urlencoded({ extended: false, limit: BODY_LIMIT, parameterLimit: 50 }));
  // The pages' language before login: the browser's choice, or the deployment's properties' (desk-language.ts).
  // The login form's "Español" link (?lang=es) chooses it there, with no session to carry a CSRF token.
  router.use((req, res, next) => {
    const asked = req.method === 'GET' && req.path === '/login' ? req.query.lang : undefined;
    if (isDeskLanguage(asked)) {
      rememberLanguage(res, asked, { secure: ctx.config.staffCookieSecure, basePath: ctx.basePath });
      runInLanguage(asked, next);
      return;
    }
    runInLanguage(languageFor(req, ctx.hotels.all, true), next);
  });
  router.use(loginRoutes(ctx));

  // Everything else needs a session; a POST also its CSRF token.
  router.use(async (req, res, next) => {
    const auth = await authenticate(ctx, req, false);
    if (!auth || auth === 'invalid') {
      const idle = sessionEndOf(req) === 'idle';
      if (req.method === 'GET' || req.method === 'HEAD') {
        res.redirect(303, `/staff/login?next=${encodeURIComponent(req.originalUrl.slice(0, 1000))}${idle ? '&ended=idle' : ''}`);
      } else {
        const w = deskWords().login;
        const why = idle ? idleWords(ctx) : w.sessionEnded;
        await sendPage(ctx, res, null, { title: w.pleaseLogIn, section: null, body: errorBody(`${why} ${w.nothingChanged}`, { href: '/staff/login', label: w.logIn }) }, 401);
      }
      return;
    }
    res.locals.auth = auth;
    if (req.method !== 'GET' && req.method !== 'HEAD' && !csrfValid(auth, (req.body as Record<string, unknown> | undefined)?._csrf)) {
      ctx.logger.warn({ staff: auth.user.username, path: req.path }, 'staff form without a valid CSRF token');
      await sendPage(ctx, res, auth, { title: deskWords().errors.forbidden, section: null, body: errorBody(deskWords().errors.csrf) }, 403);
      return;
    }
    // From here on every query sees only the properties in view (property-scope.ts), and the pages
    // are in the browser's language, or that of every property the account may see.
    const choice = await propertyChoice(ctx, auth, req);
    res.locals.properties = choice;
    runInLanguage(languageFor(req, choice.allowed), () => runInScope(choice.scope, next));
  });
  // The language switch: kept in this browser (a cookie), back to the page it was made on.
  router.post('/language', (req, res) => {
    const lang = (req.body as Record<string, unknown>).lang;
    if (!isDeskLanguage(lang)) throw new BadParameter('lang', { key: 'oneOf', values: { values: DESK_LANGUAGES } });
    rememberLanguage(res, lang, { secure: ctx.config.staffCookieSecure, basePath: ctx.basePath });
    res.redirect(303, withinConsole((req.body as Record<string, unknown>).next));
  });
  router.get('/language', (req, res) => res.redirect(303, withinConsole(req.query.next)));
  // The property switcher: remembers the choice, back to the page it was made on. A POST with the
  // session's CSRF token (checked above), so another site cannot switch a clerk's view unseen; a GET
  // (an old bookmark) changes nothing and goes back.
  router.post('/property', (req, res) => {
    const { allowed } = res.locals.properties as PropertyChoice;
    const body = req.body as Record<string, unknown>;
    const code = typeof body.code === 'string' ? body.code : ALL_PROPERTIES;
    const chosen = allowed.find((h) => h.code === code);
    rememberChoice(ctx, res, chosen?.code ?? ALL_PROPERTIES);
    res.redirect(303, withinConsole(body.next));
  });
  router.get('/property', (req, res) => res.redirect(303, withinConsole(req.query.next)));
  router.use(passwordRoutes(ctx));
  router.use(pageRoutes(ctx));
  router.use(async (req, res) => {
    const w = deskWords();
    await sendPage(ctx, res, res.locals.auth ?? null, { title: w.errors.notFound, section: null, body: errorBody(w.errors.noPage(req.path), { href: '/staff', label: w.overview.title }) }, 404);
  });
  const onError: ErrorRequestHandler = async (err, req, res, next) => {
    if (res.headersSent) return next(err);
    if (err instanceof BadParameter) {
      // Never a dead end: what to fix, and the way back to the page without what was wrong.
      const page = req.method === 'GET' ? `${req.baseUrl}${req.path}` : '/staff';
      await sendPage(ctx, res, res.locals.auth ?? null, { title: deskWords().errors.badRequest, section: null, body: errorBody(fixWords(err), { href: page, label: deskWords().errors.backToPage }) }, 400);
      return;
    }
    if (isStorageFull(err)) {
      ctx.logger.error({ err, path: req.path }, 'staff page could not write: the database is full');
      await sendPage(ctx, res, res.locals.auth ?? null, { title: 'Disk full', section: null, body: errorBody(STORAGE_FULL_WORDS) }, 503);
      return;
    }
    const status = typeof err?.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) ctx.logger.error({ err, path: req.path }, 'staff page failed');
    await sendPage(ctx, res, res.locals.auth ?? null, { title: status === 500 ? 'Something went wrong' : 'Bad request', section: null, body: errorBody(status === 500 ? 'The page could not be shown; the error is in the server log.' : String(err.message)) }, status);
  };
  router.use(onError);
  return router;
}

/** A page of the console to go back to (`next`), or the overview: never another site. */
function withinConsole(next: unknown): string {
  return typeof next === 'string' && /^\/staff(?:[/?#]|$)/.test(next) && !next.startsWith('//') ? next.slice(0, 1000) : '/staff';
}

function staffApi(ctx: StaffContext): Router {
  const router = Router();
  router.use(securityHeaders("default-src 'none'; frame-ancestors 'none'", https(ctx)));
  router.use(async (req, res, next) => {
    const auth = await authenticate(ctx, req, true);
    if (!auth || auth === 'invalid') {
      res.setHeader('WWW-Authenticate', 'Bearer realm="conserje-staff"');
      res.status(401).json({
        error: 'unauthorized',
        message: auth === 'invalid' ? 'the API token is not valid' : 'log in, or send Authorization: Bearer <token>',
      });
      return;
    }
    res.locals.auth = auth;
    if (req.method !== 'GET' && req.method !== 'HEAD' && !csrfValid(auth, req.header('x-csrf-token'))) {
      res.status(403).json({ error: 'csrf', message: 'a session-authenticated request must send the X-CSRF-Token header (GET /api/me gives it)' });
      return;
    }
    // Every property the account may see (each row says its own), or the one `hotel=CODE` names:
    // the API's switcher, on any endpoint.
    const { allowed } = await propertyChoice(ctx, auth, req);
    const { hotel, ...rest } = req.query as Record<string, unknown>;
    if (hotel === undefined) {
      runInScope({ ids: allowed.map((h) => h.id) }, next);
      return;
    }
    const one = typeof hotel === 'string' ? allowed.find((h) => h.code !== null && h.code === hotel.toUpperCase()) : undefined;
    if (!one) {
      // Only the account's own codes are named: a property beyond them reads as no property at all.
      const codes = allowed.map((h) => h.code).filter((c): c is string => c !== null);
      res.status(400).json({ error: 'bad_parameter', parameter: 'hotel', message: `must be the code of one of your properties${codes.length ? ` (${codes.join(', ')})` : ''}` });
      return;
    }
    // The endpoints' own parameters are checked strictly: they see the query without `hotel`.
    Object.defineProperty(req, 'query', { value: rest, configurable: true, enumerable: true, writable: true });
    runInScope({ ids: [one.id] }, next);
  });
  router.use(express.json({ limit: BODY_LIMIT, strict: true }));
  const api = apiRoutes(ctx);
  router.use(api);
  router.use((req, res) => {
    // A served path asked with a method it does not take: 405 saying which it takes (allowed-methods.ts).
    const allow = allowedMethods(api, req.path);
    if (allow.length) {
      res.setHeader('Allow', allow.join(', '));
      res.status(405).json({ error: 'method_not_allowed', message: `${req.baseUrl}${req.path} takes ${allow.join(' or ')}, not ${req.method}`, allow });
      return;
    }
    res.status(404).json({ error: 'not_found', message: `no API endpoint ${req.method} ${req.baseUrl}${req.path}` });
  });
  const onError: ErrorRequestHandler = (err, req, res, next) => {
    if (res.headersSent) return next(err);
    if (err instanceof BadParameter) {
      res.status(400).json({ error: 'bad_parameter', parameter: err.parameter, message: err.message });
      return;
    }
    if (err?.type === 'entity.parse.failed') {
      res.status(400).json({ error: 'bad_parameter', parameter: 'body', message: 'the body is not valid JSON' });
      return;
    }
    if (isStorageFull(err)) {
      ctx.logger.error({ err, path: req.path }, 'staff API could not write: the database is full');
      res.status(503).json({ error: 'storage_full', message: STORAGE_FULL_WORDS });
      return;
    }
    const status = typeof err?.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) ctx.logger.error({ err, path: req.path }, 'staff API failed');
    res.status(status).json({ error: status === 500 ? 'internal' : 'bad_request', message: status === 500 ? 'internal error; see the server log' : String(err.message) });
  };
  router.use(onError);
  return router;
}
