// Everything a Twilio webhook needs, without the express app: the group's properties, the call
// service, the webhook table. The server answers webhooks from this alone (lean-webhooks.ts) and
// loads the express app — the staff console, the API, /healthz, /metrics — on its first request
// (server.ts), which keeps express and the console's packages out of the start (issue 14).

import { randomBytes } from 'node:crypto';
import { CallEffects, callFlow } from '../calls/call-flow.ts';
import { CallService } from '../calls/call-service.ts';
import type { Config } from '../config.ts';
import { everyPropertyHasNumber, loadHotelDirectory } from '../hotel/hotel-directory.ts';
import type { HotelDirectory } from '../hotel/hotel-directory.ts';
import type { LoadedHotel } from '../hotel/hotel-store.ts';
import { newConfirmationNumber } from '../inventory/confirmation-number.ts';
import { Inventory } from '../inventory/inventory.ts';
import type { Logger } from '../logger.ts';
import { Outbox } from '../messaging/outbox.ts';
import { textingStatus } from '../messaging/texting-status.ts';
import { createMetrics } from '../metrics/metrics.ts';
import type { AppMetrics } from '../metrics/metrics.ts';
import { renderText } from '../sms/render-text.ts';
import type { Db } from '../storage/sql.ts';
import { basePathOf } from '../voice/render.ts';
import { webhookTable } from './webhooks.ts';
import type { Webhooks } from './webhooks.ts';

export interface AppDeps {
  config: Readonly<Config>;
  db: Db;
  logger: Logger;
  clock?: () => Date;
  newConfirmation?: () => string;
  /** The HTTP client the staff pages fetch recordings from Twilio with (tests: a local stand-in). */
  twilioFetch?: typeof fetch;
}

export interface CallCore {
  hotels: HotelDirectory;
  /** The staff console's property until it learns of the group (issue 12's second part). */
  hotel: LoadedHotel;
  inventory: Inventory;
  metrics: AppMetrics;
  service: CallService;
  webhooks: Webhooks;
}

export async function buildCore({ config, db, logger, clock = () => new Date(), newConfirmation = newConfirmationNumber }: AppDeps): Promise<CallCore> {
  // Every property of the group; a call is routed to one by the number it dialled.
  const hotels = await loadHotelDirectory(db);
  const hotel = hotels.first;
  const inventory = new Inventory(db);
  const outbox = new Outbox(db);
  const metrics = createMetrics(db, clock);
  const effects = new CallEffects({
    // The written confirmation (issue 6): queued in the booking's own transaction. A text
    // conversation's reply already is the confirmation in writing, to the number texting; a
    // cancellation texted from another number (anyone with the confirmation number may make one)
    // is also texted to the guest's (test/security/cancelled-by-another-number.test.ts).
    onReservationChange: async (tx, reservationId, reservationHotel, kind, now, channel) => {
      const outbox = new Outbox(tx);
      const texted = channel === 'voice' || (kind === 'booking_cancelled' && (await outbox.cancelNeedsText(reservationId)));
      if (texted) await outbox.enqueueReservationMessage(reservationId, kind, reservationHotel.info, now);
    },
    holdMinutes: config.holdMinutes,
    newConfirmation,
    textingOn: () => textingStatus(config, everyPropertyHasNumber(hotels)).on,
    onLookupRefused: (refusedAt, callSid, why) =>
      logger.warn(
        { callSid, hotel: refusedAt.code, why },
        why === 'number'
          ? 'reservation lookup not made: this number found nothing too many times today (guessing?)'
          : 'reservation lookups paused at this property: too many found nothing in the last hour (guessing?)',
      ),
  });
  const render = { hotelNumber: config.twilioPhoneNumber, deskRingSeconds: config.deskRingSeconds, basePath: basePathOf(config.publicBaseUrl) };
  const service = new CallService({
    db,
    flow: callFlow,
    effects,
    hotels,
    logger,
    clock,
    render,
    renderText,
    onTurn: metrics.countTurn,
    onUnclaimed: (channel) => metrics.countUnclaimed(channel),
  });
  const webhooks = webhookTable({
    service,
    outbox,
    db,
    hotels,
    logger,
    clock,
    metrics,
    render,
    newConversationId: () => `TX${randomBytes(16).toString('hex')}`,
    smsIdleMinutes: config.smsIdleMinutes,
    smsConversationsPerHour: config.smsConversationsPerHour,
    authToken: config.twilioAuthToken,
    sharedKey: config.twilioWebhooksSharedKey,
    publicBaseUrl: config.publicBaseUrl,
  });

  return { hotels, hotel, inventory, metrics, service, webhooks };
}
