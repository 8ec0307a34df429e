// Twilio's webhooks as one table: path → handler, each handler a function of the request's
// parameters that answers TwiML (or a 400 naming what is wrong). The single place where a
// webhook's parameters become a call-service call. Two HTTP paths serve the same table with the
// same guarantees: the lean node:http listener the server runs (lean-webhooks.ts) and the express
// app's router (app.ts), which tests and anyone embedding the app use.

import type { CallService } from '../calls/call-service.ts';
import type { HotelDirectory } from '../hotel/hotel-directory.ts';
import type { Logger } from '../logger.ts';
import { redactParams } from '../privacy/redact-input.ts';
import type { AppMetrics } from '../metrics/metrics.ts';
import type { Outbox } from '../messaging/outbox.ts';
import type { Db } from '../storage/sql.ts';
import { ROUTES, renderApology } from '../voice/render.ts';
import type { RenderOptions } from '../voice/render.ts';
import { smsStatusRoute } from './routes/sms-status.ts';
import { smsRoute } from './routes/sms.ts';
import { voiceDialResultRoute } from './routes/voice-dial-result.ts';
import { voiceGatherRoute } from './routes/voice-gather.ts';
import { voiceRecordingRoute } from './routes/voice-recording.ts';
import { voiceStatusRoute } from './routes/voice-status.ts';
import { voiceTranscriptionRoute } from './routes/voice-transcription.ts';
import { voiceRoute } from './routes/voice.ts';
import { voiceScreenRoute, voiceWhisperRoute } from './routes/voice-whisper.ts';
import { RefusedLog } from './twilio-signature.ts';

/** Twilio's webhooks are small forms; anything much larger is not Twilio's. */
export const BODY_LIMIT_BYTES = 64 * 1024;
/** Twilio posts a few dozen parameters; a form with more than this is not Twilio's. */
export const PARAMETER_LIMIT = 200;

/**
 * The webhooks an operator sets in Twilio's console (the number's voice and messaging URLs, their
 * status callbacks), where Twilio lets the method be HTTP GET: it then sends its parameters in the
 * query string and signs the URL alone. Served on GET too, so that choice does not make every
 * caller hear "an application error has occurred" (it got express's 404 page). Only these: every
 * other URL is one the app writes into TwiML with method="POST", and none of these carries a query
 * of ours, so a POST's signature (over URL + parameters run together) cannot pass for a GET's.
 * https://www.twilio.com/docs/usage/webhooks/webhooks-security
 */
export const GET_WEBHOOKS: ReadonlySet<string> = new Set(['/voice', '/voice/status', '/sms', '/sms/status']);

/** A form as parsed: a repeated key gives every value, in order. */
export type FormParams = Readonly<Record<string, string | readonly string[] | undefined>>;

export interface WebhookRequest {
  /** The URL path without its query (`/voice/gather`). */
  readonly path: string;
  /** The URL's query (`step`, `call`): written by us into the TwiML, and signed by Twilio. */
  readonly query: URLSearchParams;
  /** The POST parameters Twilio sent (and signed). */
  readonly params: FormParams;
}

export interface WebhookAnswer {
  status: number;
  type: 'text/xml' | 'text/plain';
  body: string;
  /** The step failed and the caller was sent to the front desk (counted by the metrics). */
  failed?: boolean;
}

export type WebhookHandler = (req: WebhookRequest) => Promise<WebhookAnswer>;

export const twiml = (body: string, failed = false): WebhookAnswer => ({ status: 200, type: 'text/xml', body, ...(failed ? { failed } : {}) });
export const badRequest = (reason: string): WebhookAnswer => ({ status: 400, type: 'text/plain', body: `Bad request: ${reason}\n` });

/** The answer to a request that never reached a handler (body too large, too many parameters…). */
export function clientErrorText(status: number, reason: string): string {
  return `${status === 413 ? 'Request body too large' : 'Bad request'}: ${reason}\n`;
}

export interface WebhookDeps {
  service: CallService;
  outbox: Outbox;
  db: Db;
  /** Every property of the group: the apology names the desk of the one called. */
  hotels: HotelDirectory;
  logger: Logger;
  clock: () => Date;
  metrics: AppMetrics;
  render: Omit<RenderOptions, 'step'>;
  newConversationId: () => string;
  smsIdleMinutes: number;
  /** Text conversations a property starts in an hour, all numbers together (SMS_CONVERSATIONS_PER_HOUR). */
  smsConversationsPerHour?: number;
  /** For the signature check: null means none (the server warns loudly at start). */
  authToken: string | null;
  /** A Webhooks Rule's shared key (TWILIO_WEBHOOKS_SHARED_KEY), for the requests Twilio signs with it. */
  sharedKey: string | null;
  publicBaseUrl: string;
}

export interface Webhooks {
  readonly handlers: ReadonlyMap<string, WebhookHandler>;
  readonly authToken: string | null;
  readonly sharedKey: string | null;
  readonly publicBaseUrl: string;
  readonly metrics: AppMetrics;
  readonly logger: Logger;
  /** Which refused webhooks are logged: one for both HTTP paths. */
  readonly refusedLog: RefusedLog;
  /** Runs the path's handler; never throws, never answers 5xx on a voice path (SPEC §8). */
  answer(req: WebhookRequest): Promise<WebhookAnswer>;
  /** The answer when something failed outside any handler: on a voice path, TwiML to the desk of the number called (`to`). */
  failure(path: string, err: unknown, to?: string): WebhookAnswer;
}

export function webhookTable(deps: WebhookDeps): Webhooks {
  const { service, logger, metrics } = deps;
  const handlers = new Map<string, WebhookHandler>([
    ['/voice', voiceRoute(service, logger)],
    [ROUTES.gather, voiceGatherRoute(service, logger, deps.db)],
    [ROUTES.recording, voiceRecordingRoute(service, logger)],
    [ROUTES.dialResult, voiceDialResultRoute(service, logger)],
    ['/voice/status', voiceStatusRoute(service, logger)],
    [ROUTES.whisper, voiceWhisperRoute(service, logger)],
    [ROUTES.screen, voiceScreenRoute(service, logger)],
    [ROUTES.transcription, voiceTranscriptionRoute(deps.db, logger)],
    // Twilio's message status callback for the texts the SMS sender sends (src/messaging).
    ['/sms/status', smsStatusRoute(deps.outbox, logger, deps.clock)],
    [
      '/sms',
      smsRoute({
        service,
        db: deps.db,
        logger,
        clock: deps.clock,
        newConversationId: deps.newConversationId,
        idleMinutes: deps.smsIdleMinutes,
        conversationsPerHour: deps.smsConversationsPerHour,
      }),
    ],
  ]);

  // A handler that threw past its own error path, or a fault around it: a voice caller still
  // hears TwiML that reaches the front desk.
  const failure = (path: string, err: unknown, to?: string): WebhookAnswer => {
    logger.error({ err, path }, 'unhandled error');
    metrics.countError(path, 'unhandled');
    if (path.startsWith('/voice')) {
      const called = (to ? deps.hotels.forNumber(to) : null) ?? deps.hotels.first;
      return twiml(renderApology('en-US', called.info.frontDesk, deps.render).twiml);
    }
    return { status: 500, type: 'text/plain', body: 'Internal error\n' };
  };

  return {
    handlers,
    authToken: deps.authToken,
    sharedKey: deps.sharedKey,
    publicBaseUrl: deps.publicBaseUrl,
    metrics,
    logger,
    refusedLog: new RefusedLog(() => deps.clock().getTime()),
    failure,
    async answer(req) {
      try {
        // After the signature check (over the parameters as sent), before any handler reads them.
        redactParams(req.params as Record<string, unknown>);
        // Without TWILIO_AUTH_TOKEN nothing proves a request came from Twilio (the server warns at
        // start; production refuses to): its word that the network vouched for the caller's number
        // (StirVerstat, which may open a reservation by caller ID alone) is nobody's, and dropped.
        if (!deps.authToken) delete (req.params as Record<string, unknown>).StirVerstat;
        const handler = handlers.get(req.path);
        if (!handler) return badRequest(`no webhook at ${req.path}`);
        const answer = await handler(req);
        if (answer.failed) metrics.countFailedWebhook(req.path);
        return answer;
      } catch (err) {
        const to = req.params.To;
        return failure(req.path, err, typeof to === 'string' ? to : undefined);
      }
    },
  };
}
