// The shape every voice webhook shares: a Twilio call SID or a 400, then one call-service step,
// and whatever happens inside, valid TwiML: a failed step apologises and dials the front desk
// (SPEC §8: never a 5xx, never a dropped call).

import type { Request, RequestHandler } from 'express';
import type { CallService } from '../calls/call-service.ts';
import type { Logger } from '../logger.ts';
import { callSidOf, param } from './twilio-request.ts';

export function voiceHandler(
  service: CallService,
  logger: Logger,
  step: (req: Request, callSid: string) => Promise<string>,
): RequestHandler {
  return async (req, res) => {
    const callSid = callSidOf(req);
    if (!callSid) {
      res.status(400).type('text/plain').send('Bad request: CallSid is missing or is not a Twilio call SID\n');
      return;
    }
    let twiml: string;
    try {
      twiml = await step(req, callSid);
    } catch (err) {
      logger.error({ err, callSid, route: req.path }, 'webhook step failed; sending the caller to the front desk');
      twiml = await service.apology(callSid, err, param(req, 'To'));
      res.locals.webhookError = err; // counted by src/metrics (conserje_errors_total)
    }
    res.status(200).type('text/xml').send(twiml);
  };
}
