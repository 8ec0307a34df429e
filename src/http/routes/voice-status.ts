// POST /voice/status — Twilio's status callback: the call ended (completed, busy, no-answer,
// failed, canceled). Releases the call's provisional hold and settles its outcome. Twilio ignores
// the body; an empty <Response/> keeps it valid TwiML all the same.

import type { CallService } from '../../calls/call-service.ts';
import type { Logger } from '../../logger.ts';
import { callSidOf, param, secondsOf } from '../twilio-request.ts';
import { badRequest, twiml } from '../webhooks.ts';
import type { WebhookHandler } from '../webhooks.ts';

export const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>';

export function voiceStatusRoute(service: CallService, logger: Logger): WebhookHandler {
  return async (req) => {
    const callSid = callSidOf(req);
    if (!callSid) return badRequest('CallSid is missing or is not a Twilio call SID');
    try {
      await service.callStatus(callSid, param(req, 'CallStatus').slice(0, 20), secondsOf(param(req, 'CallDuration')));
    } catch (err) {
      // Twilio will not retry a status callback; the error is logged for the operator.
      logger.error({ err, callSid }, 'status callback failed');
    }
    return twiml(EMPTY_TWIML);
  };
}
