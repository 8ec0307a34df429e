// POST /voice — a call comes in: answer at once with the greeting.

import type { CallService } from '../../calls/call-service.ts';
import type { Logger } from '../../logger.ts';
import { callIdentity } from '../twilio-request.ts';
import { voiceHandler } from '../voice-handler.ts';
import type { WebhookHandler } from '../webhooks.ts';

export function voiceRoute(service: CallService, logger: Logger): WebhookHandler {
  return voiceHandler(service, logger, (req, callSid) => service.startCall(callIdentity(req, callSid)));
}
