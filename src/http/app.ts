// The express app, apart from the listener (server.ts), so tests need no port: the staff console,
// the API, /healthz, /metrics, and the webhooks again through express (call-core.ts has what they share).

import express from 'express';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { staffRouter } from '../staff/router.ts';
import { buildCore } from './call-core.ts';
import type { AppDeps, CallCore } from './call-core.ts';
import { basePathOf } from '../voice/render.ts';
import { queryForm, withoutBasePath } from './lean-webhooks.ts';
import type { FormRead } from './lean-webhooks.ts';
import { healthzRoute } from './routes/healthz.ts';
import { requireTwilioSignature } from './twilio-signature.ts';
import { metricsAccess } from './metrics-access.ts';
import { strictTransport } from './strict-transport.ts';
import { methodNotAllowed, notFound, sendClientError } from './not-found.ts';
import { BODY_LIMIT_BYTES, GET_WEBHOOKS, PARAMETER_LIMIT, clientErrorText } from './webhooks.ts';
import type { FormParams, Webhooks } from './webhooks.ts';

export type { AppDeps } from './call-core.ts';

/** Twilio's webhooks are small forms; anything much larger is not Twilio's (webhooks.ts). */
export const BODY_LIMIT = `${BODY_LIMIT_BYTES / 1024}kb`;

/** The express app, with the webhook table the lean path serves (lean-webhooks.ts; server.ts). */
export type ConserjeApp = express.Express & { webhooks: Webhooks };

/**
 * Behind a proxy that passes requests on with PUBLIC_BASE_URL's path still on (/conserje/staff):
 * served as the same request without it (/staff), as from a proxy that strips it. Everything after
 * sees the app's own path, the signature check included (it signs PUBLIC_BASE_URL + that path).
 */
function servedWithoutBasePath(basePath: string): RequestHandler {
  return (req, _res, next) => {
    const url = withoutBasePath(req.url, basePath);
    if (url !== req.url) req.url = req.originalUrl = url;
    next();
  };
}

export async function buildApp(deps: AppDeps): Promise<ConserjeApp> {
  return expressApp(await buildCore(deps), deps);
}

/** The express app over a call core already built (the server builds the core first, this on demand). */
export function expressApp(core: CallCore, { config, db, logger, clock = () => new Date(), twilioFetch }: AppDeps): ConserjeApp {
  const { hotels, hotel, inventory, metrics, service, webhooks } = core;
  const app = express();
  app.disable('x-powered-by');
  // Off by default: X-Forwarded-For is believed only from the proxies TRUST_PROXY names (src/config.ts).
  app.set('trust proxy', config.trustProxy);
  const basePath = basePathOf(config.publicBaseUrl);
  if (basePath) app.use(servedWithoutBasePath(basePath));
  app.use(strictTransport(config.publicBaseUrl));
  app.use(healthzRoute(db, logger));
  // Staff pages (/staff) and API (/api): before the voice router, whose signature check applies to every path it sees.
  app.use(staffRouter({ db, config, logger, clock, inventory, hotel, hotels, ...(twilioFetch ? { twilioFetch } : {}) }));
  app.get('/metrics', metricsAccess(config.metricsToken), metrics.route);

  // The webhooks through express: the same table and guarantees as the lean path the server runs,
  // for tests and for anyone who mounts this app in a server of their own. A request the lean
  // path does not take (another method, another spelling of a path) lands here too.
  const voice = express.Router();
  voice.use(metrics.timeWebhooks);
  voice.use(express.urlencoded({ extended: false, limit: BODY_LIMIT, parameterLimit: PARAMETER_LIMIT }));
  // On the webhooks' own paths only: any other path is not found (not-found.ts), signed or not.
  const signed = requireTwilioSignature(config.twilioAuthToken, config.publicBaseUrl, {
    logger,
    onRejected: (path) => metrics.countSignatureFailure(path),
    refusedLog: webhooks.refusedLog,
    sharedKey: webhooks.sharedKey,
  });
  for (const path of webhooks.handlers.keys()) {
    const served = (get: boolean): RequestHandler => async (req, res) => {
      const q = req.originalUrl.indexOf('?');
      const search = q === -1 ? '' : req.originalUrl.slice(q + 1);
      // A GET's parameters are its query, read as the lean path reads it (GET_WEBHOOKS).
      const form: FormRead = get ? queryForm(search) : { params: (req.body ?? {}) as FormParams };
      const answer = 'status' in form ? form : await webhooks.answer({ path, query: new URLSearchParams(search), params: form.params });
      res.status(answer.status).type(answer.type).send(answer.body);
    };
    const allow = GET_WEBHOOKS.has(path) ? 'POST, GET' : 'POST';
    // express answers HEAD with a GET route: a HEAD must not start or end a call.
    voice.head(path, methodNotAllowed(allow));
    voice.post(path, signed, served(false));
    if (GET_WEBHOOKS.has(path)) voice.get(path, signed, served(true));
    voice.all(path, methodNotAllowed(allow));
  }
  app.use(voice);
  app.all('/healthz', methodNotAllowed('GET, HEAD'));
  app.all('/metrics', methodNotAllowed('GET, HEAD'));
  app.use(notFound);

  // Errors before a route ran (a body too large, a malformed form): a 4xx naming the problem.
  // Anything else on a voice path still answers TwiML that reaches the front desk.
  const onError: ErrorRequestHandler = (err, req, res, _next) => {
    const status = typeof err?.status === 'number' ? err.status : 500;
    if (status >= 400 && status < 500) {
      sendClientError(res, status, clientErrorText(status, err.message).trimEnd());
      return;
    }
    const answer = webhooks.failure(req.path, err, typeof req.body?.To === 'string' ? req.body.To : undefined);
    res.status(answer.status).type(answer.type).send(answer.body);
  };
  app.use(onError);

  // Exposed for tests and operator tools that run in-process.
  Object.assign(app.locals, { service, hotel, hotels, inventory, metrics });
  return Object.assign(app, { webhooks });
}
