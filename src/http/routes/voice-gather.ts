// POST /voice/gather?step=N — the caller answered a question (keys or speech), or said nothing
// (the <Redirect> after <Gather> brings us here without Digits or SpeechResult).

import type { CallService, IncomingEvent } from '../../calls/call-service.ts';
import type { Logger } from '../../logger.ts';
import { callIdentity, confidenceOf, param, stepOf } from '../twilio-request.ts';
import { voiceHandler } from '../voice-handler.ts';
import type { WebhookHandler, WebhookRequest } from '../webhooks.ts';

export function callerEventOf(req: WebhookRequest): IncomingEvent {
  const digits = param(req, 'Digits').trim();
  if (digits !== '') return { type: 'caller.digits', digits: digits.slice(0, 50) };
  const speech = param(req, 'SpeechResult').trim();
  if (speech !== '') return { type: 'caller.speech', text: speech, confidence: confidenceOf(req) };
  return { type: 'caller.silence' };
}

export function voiceGatherRoute(service: CallService, logger: Logger): WebhookHandler {
  return voiceHandler(service, logger, (req, callSid) => service.callerStep(callIdentity(req, callSid), stepOf(req), callerEventOf(req)));
}
