// POST /voice/gather?step=N — the caller answered a question (keys or speech), or said nothing
// (the <Redirect> after <Gather> brings us here without Digits or SpeechResult).

import type { CallService, IncomingEvent } from '../../calls/call-service.ts';
import type { Logger } from '../../logger.ts';
import { hideCardAcrossTexts } from '../../sms/card-across-texts.ts';
import type { Sql } from '../../storage/sql.ts';
import { callIdentity, confidenceOf, param, speechOf, stepOf } from '../twilio-request.ts';
import { voiceHandler } from '../voice-handler.ts';
import type { WebhookHandler, WebhookRequest } from '../webhooks.ts';

export function callerEventOf(req: WebhookRequest): IncomingEvent {
  const digits = param(req, 'Digits').trim();
  if (digits !== '') return { type: 'caller.digits', digits: digits.slice(0, 50) };
  const speech = speechOf(req);
  if (speech !== '') return { type: 'caller.speech', text: speech, confidence: confidenceOf(req) };
  return { type: 'caller.silence' };
}

/** The fewest digits a card's group keyed in one answer has (4-4-4-4, Amex 4-6-5). */
const KEYED_GROUP = 4;

export function voiceGatherRoute(service: CallService, logger: Logger, db: Sql): WebhookHandler {
  return voiceHandler(service, logger, async (req, callSid) => {
    const event = callerEventOf(req);
    const step = stepOf(req);
    // A card number said or keyed over two or more answers ("4111 1111", then "1111 1111"). Keyed,
    // a card comes a group (4 digits or more) at a time: a menu key or a count pressed costs no read
    // of the call's earlier answers (most keyed webhooks; issue 14).
    if (step !== null && event.type === 'caller.speech') event.text = await hideCardAcrossTexts(db, callSid, event.text, step);
    if (step !== null && event.type === 'caller.digits' && event.digits.length >= KEYED_GROUP) event.digits = await hideCardAcrossTexts(db, callSid, event.digits, step);
    return service.callerStep(callIdentity(req, callSid), step, event);
  });
}
