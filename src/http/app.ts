// The express app, apart from the listener (server.ts), so tests need no port.

import { randomBytes } from 'node:crypto';
import express from 'express';
import type { ErrorRequestHandler } from 'express';
import { CallEffects, callFlow } from '../calls/call-flow.ts';
import { CallService } from '../calls/call-service.ts';
import type { Config } from '../config.ts';
import { loadHotelDirectory } from '../hotel/hotel-directory.ts';
import { newConfirmationNumber } from '../inventory/confirmation-number.ts';
import { Inventory } from '../inventory/inventory.ts';
import type { Logger } from '../logger.ts';
import { Outbox } from '../messaging/outbox.ts';
import { createMetrics } from '../metrics/metrics.ts';
import { staffRouter } from '../staff/router.ts';
import type { Db } from '../storage/sql.ts';
import { renderApology } from '../voice/render.ts';
import { healthzRoute } from './routes/healthz.ts';
import { smsStatusRoute } from './routes/sms-status.ts';
import { voiceDialResultRoute } from './routes/voice-dial-result.ts';
import { voiceGatherRoute } from './routes/voice-gather.ts';
import { voiceRecordingRoute } from './routes/voice-recording.ts';
import { voiceStatusRoute } from './routes/voice-status.ts';
import { voiceTranscriptionRoute } from './routes/voice-transcription.ts';
import { voiceRoute } from './routes/voice.ts';
import { voiceWhisperRoute } from './routes/voice-whisper.ts';
import { requireTwilioSignature } from './twilio-signature.ts';
import { smsRoute } from './routes/sms.ts';
import { renderText } from '../sms/render-text.ts';

export interface AppDeps {
  config: Readonly<Config>;
  db: Db;
  logger: Logger;
  clock?: () => Date;
  newConfirmation?: () => string;
  /** The HTTP client the staff pages fetch recordings from Twilio with (tests: a local stand-in). */
  twilioFetch?: typeof fetch;
}

/** Twilio's webhooks are small forms; anything much larger is not Twilio's. */
export const BODY_LIMIT = '64kb';

export async function buildApp({ config, db, logger, clock = () => new Date(), newConfirmation = newConfirmationNumber, twilioFetch }: AppDeps) {
  // Every property of the group; a call is routed to one by the number it dialled.
  const hotels = await loadHotelDirectory(db);
  // The staff console's property until it learns of the group (issue 12's second part).
  const hotel = hotels.first;
  const inventory = new Inventory(db);
  const outbox = new Outbox(db);
  const metrics = createMetrics(db, clock);
  const effects = new CallEffects({
    // The written confirmation (issue 6): queued in the booking's own transaction. A text
    // conversation's reply already is the confirmation in writing.
    onReservationChange: async (tx, reservationId, reservationHotel, kind, now, channel) => {
      if (channel === 'voice') await new Outbox(tx).enqueueReservationMessage(reservationId, kind, reservationHotel.info, now);
    },
    holdMinutes: config.holdMinutes,
    newConfirmation,
  });
  const render = { hotelNumber: config.twilioPhoneNumber, deskRingSeconds: config.deskRingSeconds };
  const service = new CallService({
    db,
    flow: callFlow,
    effects,
    hotels,
    logger,
    clock,
    render,
    renderText,
    onUnclaimed: (channel) => metrics.countUnclaimed(channel),
  });

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', true);
  app.use(healthzRoute(db));
  // Staff pages (/staff) and API (/api): before the voice router, whose signature check applies to every path it sees.
  app.use(staffRouter({ db, config, logger, clock, inventory, hotel, ...(twilioFetch ? { twilioFetch } : {}) }));
  app.get('/metrics', metrics.route);

  const voice = express.Router();
  voice.use(metrics.timeWebhooks);
  voice.use(express.urlencoded({ extended: false, limit: BODY_LIMIT, parameterLimit: 200 }));
  voice.use(requireTwilioSignature(config.twilioAuthToken, config.publicBaseUrl));
  voice.use(metrics.trackCalls);
  voice.use(voiceRoute(service, logger));
  voice.use(voiceGatherRoute(service, logger));
  voice.use(voiceRecordingRoute(service, logger));
  voice.use(voiceDialResultRoute(service, logger));
  voice.use(voiceStatusRoute(service, logger));
  voice.use(voiceWhisperRoute(service, logger));
  voice.use(voiceTranscriptionRoute(db, logger));
  // Twilio's message status callback for the texts the SMS sender sends (src/messaging).
  voice.use(smsStatusRoute(outbox, logger, clock));
  voice.use(
    smsRoute({
      service,
      db,
      logger,
      clock,
      newConversationId: () => `TX${randomBytes(16).toString('hex')}`,
      idleMinutes: config.smsIdleMinutes,
    }),
  );
  app.use(voice);

  // Errors before a route ran (a body too large, a malformed form): a 4xx naming the problem.
  // Anything else on a voice path still answers TwiML that reaches the front desk.
  const onError: ErrorRequestHandler = (err, req, res, _next) => {
    const status = typeof err?.status === 'number' ? err.status : 500;
    if (status >= 400 && status < 500) {
      res.status(status).type('text/plain').send(`${status === 413 ? 'Request body too large' : 'Bad request'}: ${err.message}\n`);
      return;
    }
    logger.error({ err, path: req.path }, 'unhandled error');
    metrics.countError(req.path, 'unhandled');
    if (req.path.startsWith('/voice')) {
      const called = typeof req.body?.To === 'string' ? hotels.forNumber(req.body.To) : null;
      res.status(200).type('text/xml').send(renderApology('en-US', (called ?? hotels.first).info.frontDesk, render).twiml);
    } else {
      res.status(500).type('text/plain').send('Internal error\n');
    }
  };
  app.use(onError);

  // Exposed for tests and operator tools that run in-process.
  Object.assign(app.locals, { service, hotel, hotels, inventory, metrics });
  return app;
}
