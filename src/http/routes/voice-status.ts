// POST /voice/status — Twilio's status callback: the call ended (completed, busy, no-answer,
// failed, canceled). Releases the call's provisional hold and settles its outcome. Twilio ignores
// the body; an empty <Response/> keeps it valid TwiML all the same.

import { Router } from 'express';
import type { CallService } from '../../calls/call-service.ts';
import type { Logger } from '../../logger.ts';
import { callSidOf, param, secondsOf } from '../twilio-request.ts';

const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>';

export function voiceStatusRoute(service: CallService, logger: Logger): Router {
  return Router().post('/voice/status', async (req, res) => {
    const callSid = callSidOf(req);
    if (!callSid) {
      res.status(400).type('text/plain').send('Bad request: CallSid is missing or is not a Twilio call SID\n');
      return;
    }
    try {
      await service.callStatus(callSid, param(req, 'CallStatus').slice(0, 20), secondsOf(param(req, 'CallDuration')));
    } catch (err) {
      // Twilio will not retry a status callback; the error is logged for the operator.
      logger.error({ err, callSid }, 'status callback failed');
    }
    res.status(200).type('text/xml').send(EMPTY_TWIML);
  });
}
