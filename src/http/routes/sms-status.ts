// POST /sms/status — Twilio's message status callback, set as each text's statusCallback by the
// sender: MessageStatus (queued, sending, sent, delivered, undelivered, failed) and, for the last
// two, ErrorCode. Updates the outbox row with that MessageSid. Twilio ignores the body; an empty
// <Response/> keeps it valid TwiML. A sid that is not ours (another app on the account) is fine.

import type { Logger } from '../../logger.ts';
import type { Outbox } from '../../messaging/outbox.ts';
import { param } from '../twilio-request.ts';
import { badRequest, twiml } from '../webhooks.ts';
import type { WebhookHandler } from '../webhooks.ts';
import { EMPTY_TWIML } from './voice-status.ts';

/** Twilio message SIDs: "SM" (or "MM" for MMS) and 32 hex digits. */
const MESSAGE_SID = /^[SM]M[0-9a-fA-F]{32}$/;

export function smsStatusRoute(outbox: Outbox, logger: Logger, clock: () => Date): WebhookHandler {
  return async (req) => {
    const messageSid = param(req, 'MessageSid') || param(req, 'SmsSid');
    if (!MESSAGE_SID.test(messageSid)) return badRequest('MessageSid is missing or is not a Twilio message SID');
    const status = (param(req, 'MessageStatus') || param(req, 'SmsStatus')).slice(0, 20);
    const errorCode = /^\d{1,10}$/.test(param(req, 'ErrorCode')) ? param(req, 'ErrorCode') : undefined;
    try {
      const known = await outbox.applyStatus(messageSid, status, errorCode, clock());
      logger.debug({ messageSid, status, errorCode, known }, 'message status');
    } catch (err) {
      // Twilio does not retry a status callback; the error is logged for the operator.
      logger.error({ err, messageSid }, 'message status callback failed');
    }
    return twiml(EMPTY_TWIML);
  };
}
