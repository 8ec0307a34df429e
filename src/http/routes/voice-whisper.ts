// The front desk's leg of a transfer (SPEC §6). Twilio fetches `<Number url>` on the desk's own
// call once it answers: `POST /voice/whisper?step=N&call=<the guest's CallSid>` plays who is
// calling and what was collected; `POST /voice/screen?…` receives the desk's key (1 takes the call).
// The CallSid Twilio posts here is the desk leg's; the guest's call is named in the signed URL.

import type { CallService } from '../../calls/call-service.ts';
import type { Logger } from '../../logger.ts';
import { VoiceResponse } from '../../twilio/twiml.ts';
import { asCallSid, param, queryValue, stepOf } from '../twilio-request.ts';
import { badRequest, twiml } from '../webhooks.ts';
import type { WebhookHandler, WebhookRequest } from '../webhooks.ts';

const HANG_UP = (() => {
  const response = new VoiceResponse();
  response.hangup();
  return response.toString();
})();

function deskLeg(logger: Logger, answer: (req: WebhookRequest, guestCall: string) => Promise<string | null>): WebhookHandler {
  return async (req) => {
    const guestCall = asCallSid(queryValue(req, 'call'));
    if (!guestCall) return badRequest('the call query parameter must name a Twilio call SID');
    let document: string | null;
    try {
      document = await answer(req, guestCall);
    } catch (err) {
      logger.error({ err, callSid: guestCall, route: req.path }, 'desk leg step failed');
      document = null;
    }
    // Nothing to whisper (the guest hung up, the call is unknown, or an error): end the desk's leg,
    // so the guest's <Dial> reports it and the guest is offered a callback.
    return twiml(document ?? HANG_UP);
  };
}

export function voiceWhisperRoute(service: CallService, logger: Logger): WebhookHandler {
  return deskLeg(logger, (req, guestCall) => service.whisper(guestCall, stepOf(req)));
}

export function voiceScreenRoute(service: CallService, logger: Logger): WebhookHandler {
  return deskLeg(logger, (req, guestCall) => service.screen(guestCall, stepOf(req), param(req, 'Digits').trim() === '1'));
}
