// POST /voice — a call comes in: answer at once with the greeting.

import { Router } from 'express';
import type { CallService } from '../../calls/call-service.ts';
import type { Logger } from '../../logger.ts';
import { callIdentity } from '../twilio-request.ts';
import { voiceHandler } from '../voice-handler.ts';

export function voiceRoute(service: CallService, logger: Logger): Router {
  return Router().post(
    '/voice',
    voiceHandler(service, logger, (req, callSid) => service.startCall(callIdentity(req, callSid))),
  );
}
