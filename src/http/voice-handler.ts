// The shape every voice webhook shares: a Twilio call SID or a 400, then one call-service step,
// and whatever happens inside, valid TwiML: a failed step apologises and dials the front desk
// (SPEC §8: never a 5xx, never a dropped call).

import type { CallService } from '../calls/call-service.ts';
import type { Logger } from '../logger.ts';
import { callSidOf, param } from './twilio-request.ts';
import { badRequest, twiml } from './webhooks.ts';
import type { WebhookHandler, WebhookRequest } from './webhooks.ts';

export function voiceHandler(
  service: CallService,
  logger: Logger,
  step: (req: WebhookRequest, callSid: string) => Promise<string>,
): WebhookHandler {
  return async (req) => {
    const callSid = callSidOf(req);
    if (!callSid) return badRequest('CallSid is missing or is not a Twilio call SID');
    try {
      return twiml(await step(req, callSid));
    } catch (err) {
      logger.error({ err, callSid, route: req.path }, 'webhook step failed; sending the caller to the front desk');
      return twiml(await service.apology(callSid, err, param(req, 'To')), true);
    }
  };
}
