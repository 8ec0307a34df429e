// The front desk's leg of a transfer (SPEC §6). Twilio fetches `<Number url>` on the desk's own
// call once it answers: `POST /voice/whisper?step=N&call=<the guest's CallSid>` plays who is
// calling and what was collected; `POST /voice/screen?…` receives the desk's key (1 takes the call).
// The CallSid Twilio posts here is the desk leg's; the guest's call is named in the signed URL.

import { Router } from 'express';
import type { Request, RequestHandler } from 'express';
import type { CallService } from '../../calls/call-service.ts';
import type { Logger } from '../../logger.ts';
import { VoiceResponse } from '../../twilio/twiml.ts';
import { ROUTES } from '../../voice/render.ts';
import { asCallSid, param, stepOf } from '../twilio-request.ts';

const HANG_UP = (() => {
  const response = new VoiceResponse();
  response.hangup();
  return response.toString();
})();

function guestCallOf(req: Request): string | null {
  return asCallSid(req.query.call);
}

function deskLeg(logger: Logger, answer: (req: Request, guestCall: string) => Promise<string | null>): RequestHandler {
  return async (req, res) => {
    const guestCall = guestCallOf(req);
    if (!guestCall) {
      res.status(400).type('text/plain').send('Bad request: the call query parameter must name a Twilio call SID\n');
      return;
    }
    let twiml: string | null;
    try {
      twiml = await answer(req, guestCall);
    } catch (err) {
      logger.error({ err, callSid: guestCall, route: req.path }, 'desk leg step failed');
      twiml = null;
    }
    // Nothing to whisper (the guest hung up, the call is unknown, or an error): end the desk's leg,
    // so the guest's <Dial> reports it and the guest is offered a callback.
    res.status(200).type('text/xml').send(twiml ?? HANG_UP);
  };
}

export function voiceWhisperRoute(service: CallService, logger: Logger): Router {
  return Router()
    .post(
      ROUTES.whisper,
      deskLeg(logger, (req, guestCall) => service.whisper(guestCall, stepOf(req))),
    )
    .post(
      ROUTES.screen,
      deskLeg(logger, (req, guestCall) => service.screen(guestCall, param(req, 'Digits').trim() === '1')),
    );
}
